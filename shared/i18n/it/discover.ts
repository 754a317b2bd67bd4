import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** Italian: the port check (matrix, reasons, network, domain and clock checks, CLI output). */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells.
  'discover.column.port': 'Porta',
  'discover.column.mode': 'Modalità',
  'discover.column.reach': 'Raggiungibilità',
  'discover.column.tls': 'Crittografia',
  'discover.column.auth': 'Accesso offerto',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Nessuna crittografia',

  'discover.reach.reachable': 'Raggiungibile',
  'discover.reach.blocked': 'Bloccata (nessuna risposta)',
  'discover.reach.refused': 'Rifiutata',
  'discover.reach.reset': 'Interrotta',
  'discover.reach.no-greeting': 'Nessuna risposta dal server di posta',
  'discover.reach.unresolved': 'Nome del server non trovato',
  'discover.reach.offline': 'Nessuna rete',
  'discover.reach.cancelled': 'Annullata',
  'discover.reach.error': 'Errore',
  'discover.reach.not-tried': 'Non provata',

  'discover.tls.verified': 'Protetta, certificato verificato',
  'discover.tls.unverified': 'Certificato non attendibile',
  'discover.tls.not-offered': 'Non offerta',
  'discover.tls.mode-mismatch': 'Modalità di crittografia diversa',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Non crittografata',

  'discover.auth.none': 'nessuno',
  'discover.expected': 'previsto',

  // Why this port, or why none.
  'discover.reason.works': 'La porta {port} ({mode}) ha risposto, la connessione è stata crittografata e il certificato del server è risultato valido.',
  'discover.reason.auth-offered': 'Una volta protetta la connessione, il server offre l’accesso ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'Il server sulla porta {port} non offre l’accesso. È normale per il relay o Direct Send (senza password), ma una cassetta postale non può accedere lì.',
  'discover.reason.preferred-port': 'La porta 587 con STARTTLS è quella consigliata da Microsoft per le app e i dispositivi che inviano posta.',
  'discover.reason.fallback-port': 'Ti suggeriamo la porta {port} perché la porta {preferred} non ha funzionato da questa rete.',
  'discover.reason.blocked': 'La porta {port} non ha ricevuto alcuna risposta: probabilmente la blocca un firewall di questa rete o il tuo provider internet.',
  'discover.reason.port-25-blocked':
    'La porta 25 non ha ricevuto risposta. I provider internet domestici e mobili la bloccano spesso; non importa, purché funzioni la porta 587.',
  'discover.reason.refused': 'La porta {port} è stata rifiutata: lì niente accetta connessioni di posta.',
  'discover.reason.465-microsoft':
    'La porta 465 non funziona con Microsoft: non è offerta per l’invio, quindi questo errore è previsto e non è un problema di rete.',
  'discover.reason.tls-problem': 'La porta {port} ha risposto, ma la sua connessione protetta non era attendibile ({diagnosis}).',
  'discover.reason.no-tls': 'La porta {port} ha risposto ma non offre crittografia, quindi una password inviata lì non sarebbe protetta.',
  'discover.reason.no-greeting': 'La porta {port} ha accettato la connessione, ma nessun server di posta ha risposto.',
  'discover.reason.mode-detected': 'La porta {port} usa {mode}, non {tried}; il controllo è stato ripetuto in quel modo.',
  'discover.reason.none-works':
    'Da questa rete non ha funzionato nessuna porta. Prova un’altra rete (per esempio l’hotspot di un telefono) per capire se la causa è questa rete, e invia questi dettagli al tuo amministratore IT.',
  'discover.reason.offline': 'Questo computer non è connesso ad alcuna rete, quindi non è stato possibile controllare il server di posta.',
  'discover.reason.dns-failure':
    'Questo computer è connesso a una rete ma non riesce a cercare i nomi dei server, quindi il server di posta non è stato trovato. Riavvia il router o chiedi al reparto IT di controllare il servizio dei nomi della rete (DNS).',
  'discover.reason.captive-portal':
    'Sembra che questa rete richieda prima una pagina di accesso (come negli hotel, sui treni o nel Wi-Fi per gli ospiti): il nome del server Microsoft porta a un indirizzo locale. Apri una pagina web, completa l’accesso e riprova.',
  'discover.reason.clock-skew': 'L’orologio di questo computer è sfasato di circa {minutes, plural, one {# minuto} other {# minuti}}; le connessioni protette non riescono finché non viene corretto.',
  'discover.reason.cancelled': 'Il controllo è stato annullato prima della fine.',

  // Network status.
  'discover.network.online': 'Connesso a una rete.',
  'discover.network.offline': 'Nessuna connessione di rete.',
  'discover.network.dns-failure': 'Connesso, ma i nomi dei server non possono essere cercati.',
  'discover.network.captive-portal': 'Probabilmente la rete richiede prima una pagina di accesso.',

  // Where the server name came from.
  'discover.host.given': 'Il server che hai inserito.',
  'discover.host.consumer-domain': '{domain} è un indirizzo Outlook.com, quindi la posta esce tramite smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'La posta per {domain} è gestita da Microsoft 365, quindi la posta esce tramite smtp.office365.com.',
  'discover.host.microsoft365-dns': 'I record DNS di {domain} puntano a Microsoft 365, quindi la posta esce tramite smtp.office365.com.',
  'discover.host.default':
    'Nei record DNS di {domain} niente indica Microsoft 365; smtp.office365.com viene controllato comunque perché questa app configura Microsoft 365.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'La posta per {domain} viene recapitata a Microsoft 365 ({host}). Invia tramite smtp.office365.com. Per una stampante o un’app che non può accedere, il reparto IT può configurare il relay o Direct Send verso {host} sulla porta 25.',
  'discover.domain.mx.outlook-com': 'La posta per {domain} è gestita da Outlook.com (account Microsoft personali).',
  'discover.domain.mx.other':
    'La posta per {domain} viene recapitata a {host}, che non è Microsoft 365. Se la tua cassetta postale è comunque su Microsoft 365 (per esempio dietro un filtro della posta), chiedi al reparto IT tramite quale server inviare.',
  'discover.domain.mx.none': '{domain} non ha un record di posta (MX), quindi la posta per questo dominio non arriverebbe. Controlla come è scritto l’indirizzo.',
  'discover.domain.mx.failed': 'Non è stato possibile cercare il record di posta (MX) di {domain} ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} autorizza Microsoft 365 a inviare la sua posta (il suo record SPF include spf.protection.outlook.com), quindi la posta inviata tramite Microsoft 365 non viene scambiata per falsa.',
  'discover.domain.spf.other':
    '{domain} ha un record SPF, ma non cita Microsoft 365. La posta inviata tramite Microsoft 365 potrebbe finire nello spam o essere rifiutata; il reparto IT può aggiungere include:spf.protection.outlook.com.',
  'discover.domain.spf.none': '{domain} non pubblica alcun record SPF, quindi i destinatari non possono verificare chi può inviare la sua posta, e alcuni la trattano come spam.',
  'discover.domain.spf.failed': 'Non è stato possibile cercare il record SPF di {domain} ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook può trovare da solo le impostazioni per {domain}: autodiscover punta a Microsoft 365.',
  'discover.domain.autodiscover.other':
    'Autodiscover per {domain} punta a {target}, non a Microsoft 365, quindi Outlook potrebbe non configurarsi automaticamente. L’invio non ne risente.',
  'discover.domain.autodiscover.none':
    '{domain} non ha un record autodiscover, quindi Outlook potrebbe chiedere di inserire le impostazioni a mano. L’invio non ne risente.',
  'discover.domain.autodiscover.failed': 'Non è stato possibile cercare il record autodiscover di {domain} ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} ha un criterio DMARC rigoroso (p={policy}): i destinatari rifiutano o mettono nello spam qualsiasi posta che finge di provenire da questo dominio. Invia tramite Microsoft 365 con il tuo indirizzo; un dispositivo che invia direttamente a indirizzi esterni verrà rifiutato.',
  'discover.domain.dmarc.monitor': '{domain} ha un record DMARC che si limita al monitoraggio (p=none); l’invio non ne risente.',
  'discover.domain.dmarc.none': '{domain} non ha un record DMARC. L’invio funziona; i destinatari hanno solo meno aiuto per riconoscere la posta falsificata.',
  'discover.domain.dmarc.failed': 'Non è stato possibile cercare il record DMARC di {domain} ({code}).',

  // Clock.
  'discover.clock.ok': 'L’orologio di questo computer coincide con quello del server di posta.',
  'discover.clock.ahead': 'L’orologio di questo computer è avanti di circa {minutes, plural, one {# minuto} other {# minuti}} rispetto a quello del server di posta. Correggi data e ora nelle impostazioni di sistema.',
  'discover.clock.behind': 'L’orologio di questo computer è indietro di circa {minutes, plural, one {# minuto} other {# minuti}} rispetto a quello del server di posta. Correggi data e ora nelle impostazioni di sistema.',
  'discover.clock.unknown': 'Il server di posta non ha indicato che ore sono, quindi non è stato possibile confrontare l’orologio.',

  // CLI output.
  'discover.cli.checking': 'Controllo di {host} sulle porte {ports}…',
  'discover.cli.heading.recommendation': 'Consiglio',
  'discover.cli.heading.domain': 'Dominio {domain}',
  'discover.cli.heading.clock': 'Orologio',
  'discover.cli.heading.network': 'Rete',
  'discover.cli.recommend': 'Usa {host} porta {port} con {mode}.',
  'discover.cli.recommend-none': 'Da questa rete non è stato trovato alcun modo funzionante per inviare.',
  'discover.cli.relay': 'Host per relay / Direct Send: {host} (porta 25)',
  'discover.cli.findings': 'Riscontri: {ids}',
  'discover.cli.input-missing': 'indica un indirizzo (utente@dominio) o --host HOST',
  'discover.cli.input-both': 'indica un indirizzo oppure --host, non entrambi',
  'discover.cli.input-invalid': '“{value}” non è né un indirizzo email né un nome di server',
  'discover.cli.bad-ports': 'opzione --ports: {problem}',
  'discover.problem.not-a-port': '“{value}” non è una porta (1–65535, eventualmente con /starttls, /tls o /none)',
  'discover.problem.no-port': 'nessuna porta indicata',
  'discover.problem.not-an-address': '“{value}” non è un indirizzo email valido',
  'discover.cli.bad-resolve': '--resolve richiede NOME:INDIRIZZO (per esempio smtp.office365.com:127.0.0.1), ricevuto “{value}”',
  'discover.cli.bad-timeout': '--timeout richiede un numero di secondi, ricevuto “{value}”',
  'discover.cli.secret-refused': '{flag}: discover non accede mai, quindi non accetta password né token',
};
