import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** Italian: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Impostazioni salvate',
  'profiles.empty': 'Ancora niente di salvato. Dopo un test riuscito puoi salvare qui le impostazioni.',
  'profiles.setUp': 'Configura l’invio',
  'profiles.lastTest': 'Ultimo test: {verdict}, {when}',
  'profiles.neverTested': 'Non ancora provato',
  'profiles.verdict.pass': 'riuscito',
  'profiles.verdict.warn': 'riuscito, con un avviso',
  'profiles.verdict.fail': 'non riuscito',
  'profiles.verdict.cancelled': 'annullato',
  'profiles.passwordRemembered': 'password memorizzata',
  'profiles.passwordNotRemembered': 'password non memorizzata',
  'profiles.retest': 'Ripeti il test',
  'profiles.testing': 'Test in corso…',
  'profiles.noPassword': 'Per questo account non è memorizzata nessuna password. Configuralo di nuovo per fare il test con la tua password.',
  'profiles.export': 'Esporta',
  'profiles.rename': 'Rinomina',
  'profiles.newName': 'Nuovo nome',
  'profiles.saveName': 'Salva il nome',
  'profiles.renamed': 'Rinominato.',
  'profiles.delete': 'Elimina',
  'profiles.confirmDelete': 'Eliminare “{name}” e la sua password memorizzata?',
  'profiles.deleted': 'Hai eliminato “{name}”.',
  'profiles.failed': 'Non ha funzionato. Riprova.',
  'profiles.forgetAll': 'Dimentica tutto',
  'profiles.forgetAll.confirm': 'Eliminare tutte le impostazioni salvate e tutte le password memorizzate?',
  'profiles.forgetAll.done': 'Tutto è stato dimenticato.',
  'profiles.keychainUnavailable.title': 'L’archivio delle password di questo computer non è disponibile',
  'profiles.keychainUnavailable.body': 'Le impostazioni salvate funzionano ancora e puoi fare il test digitando la password. La password però non potrà essere memorizzata finché l’archivio delle password non tornerà a funzionare.',
};
