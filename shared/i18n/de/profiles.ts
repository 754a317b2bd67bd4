import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** German: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Gespeicherte Einstellungen',
  'profiles.empty': 'Noch nichts gespeichert. Nach einem erfolgreichen Test können Sie die Einstellungen hier speichern.',
  'profiles.setUp': 'Versand einrichten',
  'profiles.lastTest': 'Letzter Test: {verdict}, {when}',
  'profiles.neverTested': 'Noch nicht getestet',
  'profiles.verdict.pass': 'erfolgreich',
  'profiles.verdict.warn': 'erfolgreich, mit Warnung',
  'profiles.verdict.fail': 'fehlgeschlagen',
  'profiles.verdict.cancelled': 'abgebrochen',
  'profiles.passwordRemembered': 'Kennwort gespeichert',
  'profiles.passwordNotRemembered': 'Kennwort nicht gespeichert',
  'profiles.retest': 'Erneut testen',
  'profiles.testing': 'Wird getestet…',
  'profiles.noPassword': 'Für dieses Konto ist kein Kennwort gespeichert. Richten Sie es erneut ein, um mit Ihrem Kennwort zu testen.',
  'profiles.export': 'Exportieren',
  'profiles.rename': 'Umbenennen',
  'profiles.newName': 'Neuer Name',
  'profiles.saveName': 'Name speichern',
  'profiles.renamed': 'Umbenannt.',
  'profiles.delete': 'Löschen',
  'profiles.confirmDelete': '„{name}“ und das gespeicherte Kennwort löschen?',
  'profiles.deleted': '„{name}“ wurde gelöscht.',
  'profiles.failed': 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  'profiles.forgetAll': 'Alles löschen',
  'profiles.forgetAll.confirm': 'Alle gespeicherten Einstellungen und alle gespeicherten Kennwörter löschen?',
  'profiles.forgetAll.done': 'Alles wurde gelöscht.',
  'profiles.keychainUnavailable.title': 'Der Kennwortspeicher dieses Computers ist nicht verfügbar',
  'profiles.keychainUnavailable.body': 'Ihre gespeicherten Einstellungen funktionieren weiterhin, und Sie können testen, indem Sie Ihr Kennwort eintippen. Es lässt sich nur nicht speichern, bis der Kennwortspeicher wieder funktioniert.',
};
