import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** Italian: signing Apple profiles with IT’s certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'Il file del certificato di firma non ha una password sulla chiave privata. Esportalo di nuovo con una password e inserisci la password nella variabile d’ambiente indicata nelle impostazioni predefinite dell’organizzazione.',
  'export.signing.wrong-password': 'La password del file del certificato di firma non è corretta. Controlla la variabile d’ambiente indicata nelle impostazioni predefinite dell’organizzazione.',
  'export.signing.unreadable': 'Il file del certificato di firma non può essere letto come file PKCS#12 (.p12/.pfx): {reason}',
  'export.signing.no-key': 'Il file del certificato di firma non contiene una chiave privata.',
  'export.signing.no-certificate': 'Il file del certificato di firma non contiene un certificato per la sua chiave privata.',
  'export.signing.not-valid': 'Il certificato di firma “{signer}” oggi non è valido (scadenza: {until}); i dispositivi tratterebbero i profili come non firmati.',
  'export.signing.missing-file': 'Impossibile leggere il file del certificato di firma {path}: {reason}',
  'export.signing.missing-password': 'La variabile d’ambiente {name}, che dovrebbe contenere la password del certificato di firma, non è impostata.',
  'export.signing.off': 'I profili non vengono firmati: il tuo reparto IT non ha configurato un certificato di firma.',
  'export.signing.ready': 'I profili vengono firmati come “{signer}”.',
  'export.signing.problem': 'Impossibile firmare i profili, quindi vengono salvati senza firma: {problem}',

  'export.outlook-check.found': 'Outlook troverà la tua cassetta postale: il servizio di configurazione di Microsoft conosce {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook per Windows troverà la tua cassetta postale tramite il servizio di Microsoft, ma {domain} non ha un record autodiscover, quindi alcune app potrebbero non trovarla. Chiedi al reparto IT di aggiungere il record DNS autodiscover.{domain} che punta a {target}.',
  'export.outlook-check.dns-other':
    'Nota: autodiscover.{domain} punta a {target}, non a Microsoft 365. Se Outlook trova un vecchio server, chiedi al reparto IT di farlo puntare a {expected}.',
  'export.outlook-check.not-found':
    'Il servizio di configurazione di Microsoft non conosce {address}, quindi Outlook non lo troverà da solo. Controlla che l’indirizzo non abbia errori di battitura; se è giusto, chiedi al reparto IT se la cassetta postale è in Microsoft 365.',
  'export.outlook-check.offline': 'Non controllato: questo computer è offline. I passaggi funzionano comunque quando sarai connesso.',
  'export.outlook-check.failed': 'Impossibile controllare da questo computer ({reason}). I passaggi potrebbero funzionare comunque; riprova il controllo più tardi.',
  'export.outlook-check.checking': 'Verifico se Outlook troverà la tua cassetta postale…',
};
