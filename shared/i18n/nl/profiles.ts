import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** Dutch: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Opgeslagen instellingen',
  'profiles.empty': 'Er is nog niets opgeslagen. Na een geslaagde test kunt u de instellingen hier bewaren.',
  'profiles.setUp': 'Verzenden instellen',
  'profiles.lastTest': 'Laatste test: {verdict}, {when}',
  'profiles.neverTested': 'Nog niet getest',
  'profiles.verdict.pass': 'gelukt',
  'profiles.verdict.warn': 'gelukt, met een waarschuwing',
  'profiles.verdict.fail': 'niet gelukt',
  'profiles.verdict.cancelled': 'geannuleerd',
  'profiles.passwordRemembered': 'wachtwoord onthouden',
  'profiles.passwordNotRemembered': 'wachtwoord niet onthouden',
  'profiles.retest': 'Opnieuw testen',
  'profiles.testing': 'Bezig met testen…',
  'profiles.noPassword': 'Voor dit account is geen wachtwoord onthouden. Stel het opnieuw in om met uw wachtwoord te testen.',
  'profiles.export': 'Exporteren',
  'profiles.rename': 'Naam wijzigen',
  'profiles.newName': 'Nieuwe naam',
  'profiles.saveName': 'Naam opslaan',
  'profiles.renamed': 'Naam gewijzigd.',
  'profiles.delete': 'Verwijderen',
  'profiles.confirmDelete': '“{name}” en het onthouden wachtwoord verwijderen?',
  'profiles.deleted': '“{name}” is verwijderd.',
  'profiles.failed': 'Dat is niet gelukt. Probeer het opnieuw.',
  'profiles.forgetAll': 'Alles vergeten',
  'profiles.forgetAll.confirm': 'Alle opgeslagen instellingen en alle onthouden wachtwoorden verwijderen?',
  'profiles.forgetAll.done': 'Alles is vergeten.',
  'profiles.keychainUnavailable.title': 'De wachtwoordopslag van deze computer is niet beschikbaar',
  'profiles.keychainUnavailable.body':
    'Uw opgeslagen instellingen werken nog, en u kunt testen door uw wachtwoord in te typen. Het kan alleen niet worden onthouden tot de wachtwoordopslag weer werkt.',
  'profiles.cli.not-found': 'geen opgeslagen instellingen met de naam “{name}” in {folder} (opgeslagen: {known}).',
  'profiles.cli.not-found-none': 'geen opgeslagen instellingen met de naam “{name}” in {folder}: daar zijn geen instellingen opgeslagen.',
  'profiles.cli.quoted': '“{name}”',
};
