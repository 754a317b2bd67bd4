import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** Dutch: the port check (“Werkende instellingen zoeken”), domain and clock checks, `mail-setup discover`. */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells.
  'discover.column.port': 'Poort',
  'discover.column.mode': 'Modus',
  'discover.column.reach': 'Bereikbaar',
  'discover.column.tls': 'Versleuteling',
  'discover.column.auth': 'Aanmelding aangeboden',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Geen versleuteling',

  'discover.reach.reachable': 'Bereikbaar',
  'discover.reach.blocked': 'Geblokkeerd (geen antwoord)',
  'discover.reach.refused': 'Geweigerd',
  'discover.reach.reset': 'Verbroken',
  'discover.reach.no-greeting': 'Geen antwoord van de mailserver',
  'discover.reach.unresolved': 'Servernaam niet gevonden',
  'discover.reach.offline': 'Geen netwerk',
  'discover.reach.cancelled': 'Geannuleerd',
  'discover.reach.error': 'Fout',
  'discover.reach.not-tried': 'Niet geprobeerd',

  'discover.tls.verified': 'Veilig, certificaat gecontroleerd',
  'discover.tls.unverified': 'Certificaat niet vertrouwd',
  'discover.tls.not-offered': 'Niet aangeboden',
  'discover.tls.mode-mismatch': 'Andere versleutelingsmodus',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Niet versleuteld',

  'discover.auth.none': 'geen',
  'discover.expected': 'verwacht',

  // Why this port, or why none.
  'discover.reason.works': 'Poort {port} ({mode}) antwoordde, de verbinding werd versleuteld en het certificaat van de server klopte.',
  'discover.reason.auth-offered': 'Zodra de verbinding beveiligd is, biedt de server aanmelden aan ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'De server op poort {port} biedt geen aanmelding aan. Dat is normaal voor relay of Direct Send (geen wachtwoord), maar een postvak kan zich daar niet aanmelden.',
  'discover.reason.preferred-port': 'Poort 587 met STARTTLS is de poort die Microsoft aanbeveelt voor apps en apparaten die e-mail verzenden.',
  'discover.reason.fallback-port': 'Poort {port} wordt voorgesteld omdat poort {preferred} vanaf dit netwerk niet werkte.',
  'discover.reason.blocked': 'Poort {port} gaf helemaal geen antwoord: waarschijnlijk blokkeert een firewall op dit netwerk of uw internetprovider de poort.',
  'discover.reason.port-25-blocked':
    'Poort 25 gaf geen antwoord. Internetproviders voor thuis en mobiel blokkeren die vaak; dat maakt niet uit zolang poort 587 werkt.',
  'discover.reason.refused': 'Poort {port} werd geweigerd: daar neemt niets mailverbindingen aan.',
  'discover.reason.465-microsoft':
    'Poort 465 werkt niet met Microsoft: die wordt niet aangeboden voor verzenden. Deze fout is dus verwacht en geen netwerkprobleem.',
  'discover.reason.tls-problem': 'Poort {port} antwoordde, maar de beveiligde verbinding kon niet worden vertrouwd ({diagnosis}).',
  'discover.reason.no-tls': 'Poort {port} antwoordde, maar biedt geen versleuteling. Een wachtwoord dat daar wordt verzonden, zou niet beschermd zijn.',
  'discover.reason.no-greeting': 'Poort {port} accepteerde de verbinding, maar er antwoordde geen mailserver.',
  'discover.reason.mode-detected': 'Poort {port} gebruikt {mode}, niet {tried}; de controle is op die manier herhaald.',
  'discover.reason.none-works':
    'Vanaf dit netwerk werkte geen enkele poort. Probeer een ander netwerk (bijvoorbeeld de hotspot van uw telefoon) om te zien of dit netwerk de oorzaak is, en stuur deze details naar uw IT-beheerder.',
  'discover.reason.offline': 'Deze computer is met geen enkel netwerk verbonden, dus de mailserver kon niet worden gecontroleerd.',
  'discover.reason.dns-failure':
    'Deze computer is met een netwerk verbonden, maar kan geen servernamen opzoeken, dus de mailserver is niet gevonden. Start de router opnieuw op of vraag IT de naamservice (DNS) van het netwerk te controleren.',
  'discover.reason.captive-portal':
    'Dit netwerk lijkt eerst een aanmeldpagina te vragen (zoals in hotels, treinen of op Wi-Fi voor gasten): de servernaam van Microsoft leidt naar een lokaal adres. Open een webpagina, meld u daar aan en probeer het opnieuw.',
  'discover.reason.clock-skew': 'De klok van deze computer staat ongeveer {minutes, plural, one {# minuut} other {# minuten}} verkeerd; beveiligde verbindingen mislukken tot die is gecorrigeerd.',
  'discover.reason.cancelled': 'De controle is geannuleerd voordat die klaar was.',

  // Network status.
  'discover.network.online': 'Verbonden met een netwerk.',
  'discover.network.offline': 'Geen netwerkverbinding.',
  'discover.network.dns-failure': 'Verbonden, maar servernamen kunnen niet worden opgezocht.',
  'discover.network.captive-portal': 'Het netwerk vraagt waarschijnlijk eerst om aanmelden op een webpagina.',

  // Where the server name came from.
  'discover.host.given': 'De server die u hebt ingevuld.',
  'discover.host.consumer-domain': '{domain} is een Outlook.com-adres, dus e-mail wordt verzonden via smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'E-mail voor {domain} wordt verwerkt door Microsoft 365, dus e-mail wordt verzonden via smtp.office365.com.',
  'discover.host.microsoft365-dns': '{domain} verwijst in zijn DNS-records naar Microsoft 365, dus e-mail wordt verzonden via smtp.office365.com.',
  'discover.host.default':
    'Niets in de DNS-records van {domain} wijst op Microsoft 365; smtp.office365.com wordt toch gecontroleerd, omdat deze app Microsoft 365 instelt.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'E-mail voor {domain} wordt afgeleverd bij Microsoft 365 ({host}). Verzend via smtp.office365.com. Voor een printer of app die zich niet kan aanmelden, kan IT relay of Direct Send naar {host} op poort 25 instellen.',
  'discover.domain.mx.outlook-com': 'E-mail voor {domain} wordt verwerkt door Outlook.com (persoonlijke Microsoft-accounts).',
  'discover.domain.mx.other':
    'E-mail voor {domain} wordt afgeleverd bij {host}, en dat is niet Microsoft 365. Staat uw postvak toch op Microsoft 365 (bijvoorbeeld achter een mailfilter), vraag IT dan via welke server u moet verzenden.',
  'discover.domain.mx.none': '{domain} heeft geen mailrecord (MX), dus e-mail naar dit domein zou niet aankomen. Controleer de spelling van het adres.',
  'discover.domain.mx.failed': 'Het mailrecord (MX) van {domain} kon niet worden opgezocht ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} staat Microsoft 365 toe om zijn e-mail te verzenden (het SPF-record bevat spf.protection.outlook.com), dus e-mail die via Microsoft 365 wordt verzonden, wordt niet voor vervalst aangezien.',
  'discover.domain.spf.other':
    '{domain} heeft een SPF-record, maar daarin staat Microsoft 365 niet. E-mail die via Microsoft 365 wordt verzonden, kan in de spam belanden of worden geweigerd; IT kan include:spf.protection.outlook.com toevoegen.',
  'discover.domain.spf.none':
    '{domain} publiceert geen SPF-record, dus ontvangers kunnen niet nagaan wie namens dit domein mag verzenden, en sommige behandelen de e-mail als spam.',
  'discover.domain.spf.failed': 'Het SPF-record van {domain} kon niet worden opgezocht ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook kan de instellingen voor {domain} zelf vinden: autodiscover wijst naar Microsoft 365.',
  'discover.domain.autodiscover.other':
    'Autodiscover voor {domain} wijst naar {target}, niet naar Microsoft 365, dus Outlook stelt zichzelf misschien niet automatisch in. Verzenden heeft hier geen last van.',
  'discover.domain.autodiscover.none':
    '{domain} heeft geen autodiscover-record, dus Outlook vraagt misschien om de instellingen met de hand in te vullen. Verzenden heeft hier geen last van.',
  'discover.domain.autodiscover.failed': 'Het autodiscover-record van {domain} kon niet worden opgezocht ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} heeft een strikt DMARC-beleid (p={policy}): ontvangers weigeren alle e-mail die ten onrechte beweert van dit domein te komen, of zetten die bij de spam. Verzend via Microsoft 365 met uw eigen adres; een apparaat dat rechtstreeks naar externe adressen verzendt, wordt geweigerd.',
  'discover.domain.dmarc.monitor': '{domain} heeft een DMARC-record dat alleen meekijkt (p=none); verzenden heeft hier geen last van.',
  'discover.domain.dmarc.none': '{domain} heeft geen DMARC-record. Verzenden werkt; ontvangers krijgen alleen minder hulp bij het herkennen van vervalste e-mail.',
  'discover.domain.dmarc.failed': 'Het DMARC-record van {domain} kon niet worden opgezocht ({code}).',

  // Clock.
  'discover.clock.ok': 'De klok van deze computer komt overeen met die van de mailserver.',
  'discover.clock.ahead': 'De klok van deze computer loopt ongeveer {minutes, plural, one {# minuut} other {# minuten}} voor op die van de mailserver. Corrigeer de datum en tijd in de systeeminstellingen.',
  'discover.clock.behind': 'De klok van deze computer loopt ongeveer {minutes, plural, one {# minuut} other {# minuten}} achter op die van de mailserver. Corrigeer de datum en tijd in de systeeminstellingen.',
  'discover.clock.unknown': 'De mailserver heeft niet gezegd hoe laat het is, dus de klok kon niet worden vergeleken.',

  // CLI output.
  'discover.cli.checking': '{host} wordt gecontroleerd op de poorten {ports}…',
  'discover.cli.heading.recommendation': 'Advies',
  'discover.cli.heading.domain': 'Domein {domain}',
  'discover.cli.heading.clock': 'Klok',
  'discover.cli.heading.network': 'Netwerk',
  'discover.cli.recommend': 'Gebruik {host} poort {port} met {mode}.',
  'discover.cli.recommend-none': 'Vanaf dit netwerk is geen werkende manier om te verzenden gevonden.',
  'discover.cli.relay': 'Host voor relay / Direct Send: {host} (poort 25)',
  'discover.cli.findings': 'Bevindingen: {ids}',
  'discover.cli.input-missing': 'geef een adres (gebruiker@domein) of --host HOST op',
  'discover.cli.input-both': 'geef een adres of --host op, niet allebei',
  'discover.cli.input-invalid': '"{value}" is geen e-mailadres en ook geen servernaam',
  'discover.cli.bad-ports': 'fout in --ports: {problem}',
  'discover.cli.bad-resolve': '--resolve verwacht NAAM:ADRES (bijvoorbeeld smtp.office365.com:127.0.0.1), maar kreeg "{value}"',
  'discover.cli.bad-timeout': '--timeout verwacht een aantal seconden, maar kreeg "{value}"',
  'discover.cli.secret-refused': '{flag}: discover meldt zich nooit aan en accepteert dus geen wachtwoord of token',
  'discover.problem.not-a-port': '"{value}" is geen poort (1–65535, eventueel met /starttls, /tls of /none)',
  'discover.problem.no-port': 'geen poort opgegeven',
  'discover.problem.not-an-address': '"{value}" is geen geldig e-mailadres',
};
