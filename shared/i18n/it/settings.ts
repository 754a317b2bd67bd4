import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** Italian: settings notices, plain-words JSON problems, password store (keychain) states. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start.
  'settings.notice.settings-corrupt.title': 'Impossibile leggere le impostazioni salvate',
  'settings.notice.settings-corrupt.body':
    'Il file delle impostazioni era danneggiato, quindi l’app è partita con impostazioni nuove. Il vecchio file è stato conservato come {movedTo}, nel caso il tuo reparto IT voglia esaminarlo. Problema: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'Il file delle impostazioni {file} era danneggiato e non è stato possibile spostarlo, quindi per ora l’app usa impostazioni nuove e non salverà le modifiche. Problema: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Non è stato possibile leggere alcune delle impostazioni salvate',
  'settings.notice.settings-partly-recovered.body':
    'Non è stato possibile leggere questi elementi, che sono stati messi da parte: {items}. Tutto il resto è stato caricato come sempre. Sono stati conservati così com’erano in {movedTo}, nel caso il tuo reparto IT voglia esaminarli. Primo problema: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Non è stato possibile leggere questi elementi: {items}. Tutto il resto è stato caricato, ma l’app non è riuscita a conservarne una copia, quindi per ora non salverà le modifiche in {file}. Primo problema: {problem}',
  'settings.notice.settings-newer-version.title': 'Le tue impostazioni provengono da una versione più recente dell’app',
  'settings.notice.settings-newer-version.body':
    'Il file delle impostazioni è stato scritto da una versione più recente di Mail Setup Assistant (formato {version}). È stato conservato come {movedTo} e l’app è partita con impostazioni nuove. Per usarlo, installa di nuovo la versione più recente.',
  'settings.notice.settings-newer-version.body-not-moved':
    'Il file delle impostazioni {file} è stato scritto da una versione più recente di Mail Setup Assistant (formato {version}). Per ora l’app usa impostazioni nuove e non salverà le modifiche, così il file più recente resta com’è.',
  'settings.notice.settings-unwritable.title': 'Impossibile salvare le impostazioni',
  'settings.notice.settings-unwritable.body':
    'L’app non riesce a scrivere il suo file delle impostazioni {file}, quindi le modifiche andranno perse quando la chiudi. Problema: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Il file delle impostazioni della tua organizzazione è stato ignorato',
  'settings.notice.org-defaults-invalid.body':
    'Il file {file} installato dal tuo reparto IT ha un problema, quindi l’app usa le sue impostazioni integrate. Comunicalo al tuo reparto IT: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Il file delle impostazioni della tua organizzazione contiene voci sconosciute',
  'settings.notice.org-defaults-unknown-keys.body':
    'Il file {file} contiene voci che questa versione non conosce: {keys}. Sono state ignorate; tutto il resto del file viene usato.',
  'settings.notice.org-defaults-unreadable.title': 'Impossibile leggere il file delle impostazioni della tua organizzazione',
  'settings.notice.org-defaults-unreadable.body':
    'Non è stato possibile leggere il file {file}, quindi l’app usa le sue impostazioni integrate. Problema: {problem}',

  // Plain-words descriptions of the first problem in a JSON file.
  'settings.problem.not-json': 'il file non è un JSON valido ({detail}).',
  'settings.problem.not-object': 'il file deve contenere un solo oggetto JSON.',
  'settings.problem.wrong-type': 'la voce “{field}” dovrebbe essere {expected}, ma è {received}.',
  'settings.problem.missing': 'manca la voce “{field}”.',
  'settings.problem.not-one-of': 'la voce “{field}” dovrebbe essere {allowed}.',
  'settings.problem.unknown-key': 'la voce “{field}” non è tra quelle che questa app conosce.',
  'settings.problem.too-small': 'la voce “{field}” è troppo corta o troppo piccola.',
  'settings.problem.too-big': 'la voce “{field}” è troppo lunga o troppo grande.',
  'settings.problem.bad-format': 'la voce “{field}” non ha il formato previsto: {detail}.',
  'settings.problem.invalid': 'la voce “{field}” non è valida.',
  'settings.problem.file-invalid': 'il file non ha la forma che questa app si aspetta.',
  'settings.problem.type.string': 'un testo',
  'settings.problem.type.number': 'un numero',
  'settings.problem.type.int': 'un numero intero',
  'settings.problem.type.boolean': 'true o false',
  'settings.problem.type.array': 'un elenco [ … ]',
  'settings.problem.type.object': 'un gruppo di voci (un oggetto)',
  'settings.problem.type.null': 'il valore null',
  'settings.problem.type.undefined': 'mancante',
  'settings.problem.duplicate-id': 'la voce “{field}” ripete l’ID di un profilo precedente.',
  'settings.problem.too-many-profiles': 'ci sono più di {max, plural, one {# profilo} other {# profili}}; {max, plural, one {quelli dopo il primo} other {quelli oltre i primi {max, number}}} sono stati messi da parte.',
  'settings.problem.not-utf8': 'il file non è testo in UTF-8.',
  'settings.recovered.profile': 'il profilo “{name}”',
  'settings.recovered.unnamed-profile': 'il profilo numero {number} (non ha un nome)',
  'settings.recovered.preferences': 'le tue preferenze (al loro posto si usano quelle predefinite)',
  'settings.recovered.entry': 'la voce “{key}”',
  'settings.problem.migration-failed': 'non è stato possibile aggiornare il file al formato attuale ({detail}).',

  // Password store (keychain) states.
  'settings.keychain.no-native-module':
    'L’app non è riuscita ad aprire l’archivio delle password di questo computer, quindi le password non possono essere memorizzate. Tutto il resto funziona.',
  'settings.keychain.no-secret-service':
    'Su questo computer non è disponibile alcun archivio delle password (portachiavi), quindi le password non possono essere memorizzate. Tutto il resto funziona.',
  'settings.keychain.locked':
    'Il tuo archivio delle password (portachiavi) è bloccato. Sbloccalo, per esempio accedendo di nuovo al computer, poi riprova.',
  'settings.keychain.unknown':
    'L’archivio delle password (portachiavi) non ha risposto come previsto, quindi al momento le password non possono essere memorizzate. Tutto il resto funziona.',
  'settings.keychain.secret-not-removed':
    'Il profilo è stato eliminato, ma non è stato possibile rimuovere la sua password salvata dall’archivio delle password: {reason}',

  // Why a secret was not saved.
  'settings.remember.not-ticked': 'La password non è stata salvata perché “Memorizza la password” non era selezionato.',
  'settings.remember.test-not-passed': 'La password viene salvata solo dopo un test di accesso riuscito.',
  'settings.remember.no-secret': 'Con questo metodo di accesso non c’è nessuna password da salvare.',
  'settings.remember.saved': 'La password è salvata nell’archivio delle password di questo computer.',
};
