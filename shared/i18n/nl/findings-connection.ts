import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** Dutch: findings about the network, TLS and the SMTP protocol (scheme: see ./findings.ts). */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Deze computer is niet verbonden met internet',
  'finding.network.offline.explanation':
    'De test kon geen enkele server bereiken, dus het probleem zit in de verbinding, niet in uw mailinstellingen. Al het andere in deze app werkt ook offline.',
  'finding.network.offline.steps.1': 'Controleer of Wi-Fi is verbonden of de netwerkkabel is aangesloten.',
  'finding.network.offline.steps.2': 'Open een willekeurige website om te zien of internet werkt, en test dan opnieuw.',
  'finding.network.offline.steps.3': 'Gebruikt u een VPN? Maak verbinding of verbreek die, en test opnieuw.',
  'finding.network.offline.admin':
    'Mijn computer kan internet niet bereiken, dus ik kan mijn mailinstellingen niet testen. Kunt u mijn netwerkverbinding controleren?',

  'finding.network.dns-failure.title': 'De naam van de mailserver is niet gevonden',
  'finding.network.dns-failure.explanation':
    'Uw computer kon de naam {host} niet opzoeken. Misschien is de naam verkeerd getypt, of werkt de naamservice (DNS) van het netwerk niet.',
  'finding.network.dns-failure.steps.1': 'Controleer de servernaam: voor Microsoft 365 is dat {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Oude regionale namen zoals {obsoleteHost} werken niet meer. Gebruik {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Openen websites ook niet? Dan ligt het aan het netwerk: probeer een ander netwerk.',
  'finding.network.dns-failure.admin':
    'Mijn computer kan de naam van de mailserver, {host}, niet omzetten (het opzoeken in DNS mislukt). Kunt u onze DNS-instellingen controleren, of nagaan of een filter deze naam blokkeert?',

  'finding.network.port-blocked.title': 'Iets op het netwerk blokkeert de mailpoort',
  'finding.network.port-blocked.explanation':
    'De verbinding met {host} op poort {port} kreeg geen antwoord. Meestal blokkeert een firewall, een beveiligingsprogramma of uw internetprovider die.',
  'finding.network.port-blocked.steps.1':
    'Test opnieuw op een ander netwerk, bijvoorbeeld de hotspot van uw telefoon. Werkt het daar wel, dan blokkeert dit netwerk de poort.',
  'finding.network.port-blocked.steps.2': 'Zorg dat u poort {m365Port} met STARTTLS gebruikt: de instelling die Microsoft aanbeveelt.',
  'finding.network.port-blocked.steps.3': 'Vraag uw IT-afdeling om uitgaande verbindingen naar {host} op poort {port} toe te staan.',
  'finding.network.port-blocked.admin':
    'Uitgaande verbindingen van mijn computer naar {host} op TCP-poort {port} krijgen een time-out. Kunt u uitgaand TCP {port} naar {host} toestaan in de firewall? Microsoft 365 gebruikt poort {m365Port} met STARTTLS voor het verzenden van e-mail.',

  'finding.network.port-25-blocked.title': 'Uw internetprovider blokkeert poort 25',
  'finding.network.port-25-blocked.explanation':
    'Internetproviders voor thuis en mobiel blokkeren uitgaand verkeer op poort 25 meestal om spam tegen te gaan. Dit is geen probleem van Microsoft: gebruik in plaats daarvan poort {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Wijzig de poort in {m365Port} met STARTTLS en test opnieuw.',
  'finding.network.port-25-blocked.steps.2':
    'Moet u poort 25 gebruiken (bijvoorbeeld voor een scanner die via een relay verzendt), dan moet dat vanaf het kantoornetwerk.',
  'finding.network.port-25-blocked.admin':
    'Poort 25 naar {host} is geblokkeerd op het netwerk waar ik nu op zit (internetproviders voor thuis blokkeren die meestal). Kunt u bevestigen dat ik via {m365Host} op poort {m365Port} met STARTTLS moet verzenden, of laten weten welke relay ik buiten kantoor moet gebruiken?',

  'finding.network.connection-refused.title': 'De server heeft de verbinding geweigerd',
  'finding.network.connection-refused.explanation':
    'De computer op {host} antwoordde, maar accepteert geen verbindingen op poort {port}. Waarschijnlijk klopt de poort of de servernaam niet.',
  'finding.network.connection-refused.steps.1': 'Controleer de servernaam en poort: Microsoft 365 gebruikt {m365Host}, poort {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2':
    'Kloppen de instellingen, dan weigert misschien een firewall of proxy de verbinding: test op een ander netwerk.',
  'finding.network.connection-refused.admin':
    'Verbindingen van mijn computer naar {host} op poort {port} worden geweigerd. Kunt u nagaan of een firewall of proxy uitgaande verbindingen naar deze poort weigert?',

  'finding.network.connect-failed.title': 'De app kon geen verbinding maken met de mailserver',
  'finding.network.connect-failed.explanation':
    'De app kon geen verbinding openen met de server voor uitgaande e-mail, en de melding zegt niet waarom. Meestal klopt de servernaam of poort niet, of blokkeert een firewall of beveiligingsprogramma de verbinding.',
  'finding.network.connect-failed.steps.1':
    'Controleer de server voor uitgaande e-mail: voor Microsoft 365 is dat {m365Host}, poort {m365Port}, STARTTLS (sommige apps noemen dat “TLS”).',
  'finding.network.connect-failed.steps.2': 'Poort {port465} werkt niet met Microsoft: wijzig die in {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Test hier met deze app: die laat precies zien waar de verbinding stopt.',
  'finding.network.connect-failed.admin':
    'Verzenden vanuit {sender} mislukt omdat er geen verbinding kan worden gemaakt met de server voor uitgaande e-mail (de melding zegt alleen dat verbinden niet lukt). Kunt u controleren of uitgaand TCP {m365Port} naar {m365Host} is toegestaan vanaf ons netwerk, en of er geen beveiligingsproduct is dat het blokkeert?',

  'finding.network.connection-reset.title': 'De verbinding werd verbroken',
  'finding.network.connection-reset.explanation':
    'De verbinding met de mailserver ging open, maar werd daarna plotseling gesloten. Dat komt vaak door een firewall, een beveiligingsprogramma of een onstabiel netwerk.',
  'finding.network.connection-reset.steps.1': 'Test opnieuw: een korte netwerkstoring gaat vanzelf over.',
  'finding.network.connection-reset.steps.2': 'Blijft het gebeuren, test dan op een ander netwerk.',
  'finding.network.connection-reset.steps.3':
    'Scant uw antivirusprogramma e-mail? Zet dat scannen even uit, test opnieuw en zet het daarna weer aan.',
  'finding.network.connection-reset.admin':
    'Mijn verbinding met {host} op poort {port} wordt halverwege de mailsessie verbroken. Kunt u nagaan of een firewall, proxy of e-mailscanner het SMTP-verkeer naar deze server onderbreekt?',

  'finding.network.greeting-timeout.title': 'De server nam op, maar zei nooit hallo',
  'finding.network.greeting-timeout.explanation':
    'Er is verbinding gemaakt, maar de mailserver heeft nooit zijn begroeting gestuurd. Meestal past de beveiligingsinstelling niet bij de poort, of houdt iets onderweg de verbinding vast.',
  'finding.network.greeting-timeout.steps.1': 'Gebruik poort {m365Port} met STARTTLS.',
  'finding.network.greeting-timeout.steps.2':
    'Hebt u SSL/TLS gekozen, stap dan over op STARTTLS. Hebt u poort {port465} gekozen, stap dan over op {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Test op een ander netwerk om een firewall uit te sluiten.',
  'finding.network.greeting-timeout.admin':
    'Mijn computer maakt verbinding met {host} op poort {port}, maar de SMTP-begroeting van de server komt nooit aan. Kunt u nagaan of een firewall of proxy SMTP-verbindingen op deze poort vasthoudt?',

  // tls
  'finding.tls.mode-mismatch.title': 'De beveiligingsinstelling past niet bij de poort',
  'finding.tls.mode-mismatch.explanation':
    'De app startte de versleuteling op een andere manier dan de server verwacht. Poort {m365Port} vraagt om STARTTLS; SSL/TLS vanaf het eerste moment hoort bij poort {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Zet de poort op {m365Port} en de beveiliging op STARTTLS.',
  'finding.tls.mode-mismatch.steps.2':
    'Sommige apps noemen STARTTLS “TLS” en impliciete TLS “SSL”. Kies voor poort {m365Port} STARTTLS (of “TLS”).',
  'finding.tls.mode-mismatch.steps.3': 'Test opnieuw.',
  'finding.tls.mode-mismatch.admin':
    'De beveiligingsinstelling van {sender} paste niet bij de server {host} op poort {port} (STARTTLS tegenover SSL/TLS). Ik stap over op poort {m365Port} met STARTTLS. Wilt u het laten weten als onze organisatie andere instellingen gebruikt?',

  'finding.tls.port-465-unsupported.title': 'Microsoft biedt poort 465 niet aan',
  'finding.tls.port-465-unsupported.explanation':
    '{host} is een server van Microsoft, en Microsoft accepteert op poort {port465} geen e-mail van apps. Dit is geen netwerkfout: gebruik poort {m365Port} met STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Wijzig de poort in {m365Port} en de beveiliging in STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2':
    'Kan uw apparaat alleen poort {port465} gebruiken, dan kan het niet rechtstreeks via Microsoft 365 verzenden: vraag IT naar een relay.',
  'finding.tls.port-465-unsupported.admin':
    'Ik had {sender} ingesteld op poort {port465} voor {host}, en die poort ondersteunt Microsoft 365 niet voor verzenden. Ik stap over op poort {m365Port} met STARTTLS. Kunt u laten weten of onze organisatie andere instellingen gebruikt? Een apparaat dat alleen poort {port465} kan gebruiken, heeft een andere route nodig, bijvoorbeeld een relay via een connector.',

  'finding.tls.starttls-unavailable.title': 'De server biedt geen versleuteling aan',
  'finding.tls.starttls-unavailable.explanation':
    'De server bood geen STARTTLS aan, dus uw wachtwoord kan niet veilig worden verzonden. De servers van Microsoft bieden het altijd aan, dus de servernaam klopt niet of iets op het netwerk haalt het weg.',
  'finding.tls.starttls-unavailable.steps.1': 'Controleer de servernaam: {m365Host} voor Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Test op een ander netwerk: sommige firewalls halen STARTTLS uit mailverbindingen.',
  'finding.tls.starttls-unavailable.steps.3': 'Zet de versleuteling niet uit om het werkend te krijgen.',
  'finding.tls.starttls-unavailable.admin':
    'De SMTP-server {host} op poort {port} biedt mijn computer geen STARTTLS aan. Kunt u nagaan of een firewall of een SMTP-inspectiefunctie STARTTLS uit SMTP-verbindingen haalt?',

  'finding.tls.version-too-old.title': 'Uw app gebruikt een oude, geblokkeerde versleutelingsversie',
  'finding.tls.version-too-old.explanation':
    'Microsoft accepteert alleen {tlsMinimum} of nieuwer, en deze app of dit apparaat bood een oudere versie aan. Meestal lost een update van de app of het besturingssysteem dit op.',
  'finding.tls.version-too-old.steps.1': 'Installeer de updates voor uw mail-app en uw besturingssysteem, en test dan opnieuw.',
  'finding.tls.version-too-old.steps.2':
    'Is het een oud apparaat dat niet kan worden bijgewerkt, vraag het dan aan IT: Microsoft heeft een aparte oplossing voor oude apparaten die IT kan inschakelen.',
  'finding.tls.version-too-old.admin':
    'Verzenden vanuit {sender} naar {host} gebruikt TLS 1.0 of 1.1, en dat weigert Exchange Online (421 4.7.66). Kunt u mij helpen {sender} bij te werken? Kan het apparaat niet worden bijgewerkt, dan biedt Microsoft een apart eindpunt voor verouderde clients aan, {legacyHost}, dat u inschakelt met de instelling hieronder (niet beschikbaar in GCC, GCC High of DoD).',

  'finding.tls.handshake-failed.title': 'De beveiligde verbinding kon niet worden opgezet',
  'finding.tls.handshake-failed.explanation':
    'De mailserver werd bereikt, maar het opzetten van de versleuteling mislukte, en de melding zegt niet waarom. Vaak kent de app of het apparaat alleen oude versleuteling (Microsoft vereist {tlsMinimum}), of zit een beveiligingsprogramma in de weg.',
  'finding.tls.handshake-failed.steps.1':
    'Installeer de updates voor de app of het apparaat (bij een printer of scanner: de firmware), en test opnieuw.',
  'finding.tls.handshake-failed.steps.2': 'Test hier met deze app: die noemt precies welk probleem er met het certificaat of de versie is.',
  'finding.tls.handshake-failed.steps.3': 'Scant uw antivirusprogramma e-mail, vraag IT dan of het mailverbindingen inspecteert.',
  'finding.tls.handshake-failed.admin':
    'Verzenden vanuit {sender} naar {host} mislukt bij het opzetten van TLS (na STARTTLS), zonder verdere details. Kunt u controleren of {sender} {tlsMinimum} ondersteunt en {g2Root} vertrouwt, en of SSL/TLS-inspectie op ons netwerk de verbinding onderschept?',

  'finding.tls.certificate-untrusted.title': 'Deze computer vertrouwt het certificaat van de server niet',
  'finding.tls.certificate-untrusted.explanation':
    'Het certificaat van de server leidt naar een basiscertificaat dat deze computer niet heeft of niet meer vertrouwt. Bij servers van Microsoft is dat meestal een verouderd certificaatarchief, geen aanval.',
  'finding.tls.certificate-untrusted.steps.1': 'Installeer de updates van uw besturingssysteem: die vernieuwen de vertrouwde certificaten.',
  'finding.tls.certificate-untrusted.steps.2': 'Werk deze app bij naar de nieuwste versie.',
  'finding.tls.certificate-untrusted.steps.3': 'Helpt dat niet, vraag IT dan het ontbrekende basiscertificaat toe te voegen.',
  'finding.tls.certificate-untrusted.admin':
    'Het certificaat van {host} wordt op mijn computer niet vertrouwd (bijvoorbeeld “unable to get local issuer certificate”). Microsoft vraagt clients om {g2Root} te vertrouwen, en nieuwere certificaatarchieven bevatten DigiCert Global Root CA (G1) niet meer, terwijl sommige servers van Microsoft die nog gebruiken. Kunt u de vertrouwde basiscertificaten op mijn computer bijwerken?',

  'finding.tls.intercepted.title': 'Een beveiligingsprogramma onderschept uw mailverbinding',
  'finding.tls.intercepted.explanation':
    'Het certificaat kwam van {interceptor}, niet van de echte certificeringsinstantie van de mailserver. Antivirus-, firewall- en proxyproducten doen dit om verkeer te scannen, en daardoor gaat de beveiligde mailverbinding kapot.',
  'finding.tls.intercepted.steps.1':
    'Zet in de instellingen van uw antivirusprogramma het scannen van e-mail of SSL voor uitgaande e-mail uit, of voeg een uitzondering toe voor {host}.',
  'finding.tls.intercepted.steps.2': 'Beheert uw bedrijf dat product, vraag IT dan de uitzondering toe te voegen.',
  'finding.tls.intercepted.steps.3': 'Accepteer het certificaat niet alsnog: dan gaat uw wachtwoord door de scanner.',
  'finding.tls.intercepted.admin':
    'Mijn verbinding met {host} op poort {port} wordt onderschept: het certificaat is uitgegeven door {interceptor} in plaats van door de openbare certificeringsinstantie van de server. Kunt u {host} poort {port} in dat product uitzonderen van SSL/TLS-inspectie en het scannen van e-mail?',

  'finding.tls.hostname-mismatch.title': 'Het certificaat hoort bij een andere server',
  'finding.tls.hostname-mismatch.explanation':
    'De server liet een certificaat zien voor een andere naam dan {host}. Misschien klopt de servernaam niet, of antwoordde een aanmeldpagina of proxy op dit netwerk in plaats van de server.',
  'finding.tls.hostname-mismatch.steps.1': 'Controleer de servernaam: voor Microsoft 365 is dat {m365Host}, nooit een IP-adres.',
  'finding.tls.hostname-mismatch.steps.2': 'Op Wi-Fi in een hotel of voor gasten: meld u eerst in uw browser aan bij het netwerk, en test dan opnieuw.',
  'finding.tls.hostname-mismatch.admin':
    'Het TLS-certificaat dat voor {host} op poort {port} wordt getoond, past niet bij die naam. Kunt u nagaan of een proxy of captive portal op ons netwerk antwoordt in plaats van de echte server?',

  'finding.tls.certificate-expired.title': 'Het certificaat van de server is verlopen',
  'finding.tls.certificate-expired.explanation':
    'De einddatum van het certificaat dat de server liet zien, is voorbij. Klopt de datum op deze computer, dan ligt de fout bij de server of bij iets daartussen.',
  'finding.tls.certificate-expired.steps.1': 'Controleer de datum en tijd op deze computer.',
  'finding.tls.certificate-expired.steps.2': 'Klopt de datum, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.tls.certificate-expired.admin':
    'Het certificaat dat {host} op poort {port} toont, is volgens mijn computer verlopen, en mijn klok staat goed. Kunt u het certificaat van de server controleren, of nagaan of een proxy een oud certificaat toont?',

  'finding.tls.certificate-not-yet-valid.title': 'Het certificaat van de server is nog niet geldig',
  'finding.tls.certificate-not-yet-valid.explanation':
    'De server liet een certificaat zien met een begindatum die nog in de toekomst ligt. De klok van deze computer komt overeen met die van de server, dus de fout zit in het certificaat of in iets daartussen.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Wijzig de klok van uw computer niet: die staat goed.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.tls.certificate-not-yet-valid.admin':
    'Het certificaat dat {host} op poort {port} toont, is nog niet geldig (de begindatum ligt in de toekomst), terwijl de klok van mijn computer overeenkomt met de tijd die de server in zijn begroeting gaf. Kunt u het certificaat op die server controleren, of nagaan of een proxy op ons netwerk een eigen certificaat toont?',

  'finding.tls.clock-skew.title': 'De klok van deze computer staat verkeerd',
  'finding.tls.clock-skew.explanation':
    'Beveiligde verbindingen controleren datums, en de datum of tijd van deze computer klopt niet. Certificaten lijken dan verlopen of nog niet geldig.',
  'finding.tls.clock-skew.steps.1': 'Stel de datum, tijd en tijdzone goed in, het liefst met “Tijd automatisch instellen”.',
  'finding.tls.clock-skew.steps.2': 'Test opnieuw.',
  'finding.tls.clock-skew.admin':
    'De klok van mijn computer lijkt verkeerd te staan, waardoor de certificaatcontrole voor {host} mislukt. Kunt u mij helpen de tijdsynchronisatie op deze computer te herstellen?',

  'finding.tls.revocation-unreachable.title': 'De controledienst voor certificaten is niet bereikbaar',
  'finding.tls.revocation-unreachable.explanation':
    'Om het certificaat van de server te controleren, moet deze computer de intrekkingslijst van de certificeringsinstantie bereiken. Het netwerk blokkeert dat.',
  'finding.tls.revocation-unreachable.steps.1': 'Test op een ander netwerk.',
  'finding.tls.revocation-unreachable.steps.2': 'Vraag IT de intrekkingsadressen (CRL en OCSP) van de certificeringsinstantie toe te staan.',
  'finding.tls.revocation-unreachable.admin':
    'Het controleren van het certificaat van {host} mislukt met “unable to get certificate CRL”, dus de adressen voor certificaatintrekking lijken op ons netwerk geblokkeerd. Kunt u uitgaand HTTP-verkeer toestaan naar de CRL- en OCSP-adressen die in de certificaatketen van de server staan?',

  // protocol
  'finding.protocol.ehlo-required.title': 'De app sloeg een verplichte stap over na de versleuteling',
  'finding.protocol.ehlo-required.explanation':
    'Na het inschakelen van de versleuteling moet de app de server opnieuw begroeten (EHLO), en dat gebeurde niet. Dit is een probleem in de mail-app, niet in uw account.',
  'finding.protocol.ehlo-required.steps.1': 'Werk de mail-app of het apparaat bij.',
  'finding.protocol.ehlo-required.steps.2': 'Gebeurt het nog steeds met STARTTLS op poort {m365Port}, dan kan alleen de maker van de app het oplossen.',
  'finding.protocol.ehlo-required.admin':
    'Na STARTTLS herhaalt {sender} de EHLO niet, dus {host} antwoordt “503 5.5.2 Send hello first”. Kunt u mij helpen {sender} bij te werken of te vervangen?',

  'finding.protocol.starttls-required.title': 'De server wil eerst versleuteling',
  'finding.protocol.starttls-required.explanation':
    'De app probeerde zich aan te melden of te verzenden voordat de versleuteling aan stond, en de server weigerde dat. Zet STARTTLS aan, dan is het opgelost.',
  'finding.protocol.starttls-required.steps.1': 'Zet de beveiliging op STARTTLS op poort {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Test opnieuw.',
  'finding.protocol.starttls-required.admin':
    'Verzenden vanuit {sender} naar {host} gebeurde zonder STARTTLS en werd geweigerd. Ik zet STARTTLS aan op poort {m365Port}. Wilt u het laten weten als onze instellingen anders zijn?',

  'finding.protocol.command-unrecognized.title': 'De server begreep de app niet',
  'finding.protocol.command-unrecognized.explanation':
    'De server ontving iets wat hij niet als mailopdracht kon lezen. Meestal klopt de beveiligingsinstelling of de poort niet, of verandert iets onderweg de verbinding.',
  'finding.protocol.command-unrecognized.steps.1': 'Gebruik poort {m365Port} met STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Test op een ander netwerk om een proxy uit te sluiten.',
  'finding.protocol.command-unrecognized.admin':
    '{host} geeft {sender} het antwoord “500 5.3.3 Unrecognized command”. Kunt u nagaan of een proxy of SMTP-inspectie de verbinding verandert?',
};
