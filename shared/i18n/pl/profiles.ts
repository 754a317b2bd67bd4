import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** Polish: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Zapisane ustawienia',
  'profiles.empty': 'Nic jeszcze nie zapisano. Po udanym teście możesz tu zapisać ustawienia.',
  'profiles.setUp': 'Skonfiguruj wysyłanie',
  // {verdict} is one of profiles.verdict.* (agrees with „test”), {when} a local date and time.
  'profiles.lastTest': 'Ostatni test: {verdict}, {when}',
  'profiles.neverTested': 'Jeszcze nie testowano',
  'profiles.verdict.pass': 'udany',
  'profiles.verdict.warn': 'udany, z ostrzeżeniem',
  'profiles.verdict.fail': 'nieudany',
  'profiles.verdict.cancelled': 'przerwany',
  'profiles.passwordRemembered': 'hasło zapamiętane',
  'profiles.passwordNotRemembered': 'hasło niezapamiętane',
  'profiles.retest': 'Testuj ponownie',
  'profiles.testing': 'Testowanie…',
  'profiles.noPassword': 'Dla tego konta nie zapamiętano hasła. Skonfiguruj je ponownie, aby przetestować z hasłem.',
  'profiles.export': 'Eksportuj',
  'profiles.rename': 'Zmień nazwę',
  'profiles.newName': 'Nowa nazwa',
  'profiles.saveName': 'Zapisz nazwę',
  'profiles.renamed': 'Zmieniono nazwę.',
  'profiles.delete': 'Usuń',
  'profiles.confirmDelete': 'Usunąć „{name}” razem z zapamiętanym hasłem?',
  'profiles.deleted': 'Usunięto „{name}”.',
  'profiles.failed': 'Nie udało się. Spróbuj ponownie.',
  'profiles.forgetAll': 'Zapomnij wszystko',
  'profiles.forgetAll.confirm': 'Usunąć wszystkie zapisane ustawienia i wszystkie zapamiętane hasła?',
  'profiles.forgetAll.done': 'Wszystko zostało zapomniane.',
  'profiles.keychainUnavailable.title': 'Magazyn haseł tego komputera jest niedostępny',
  'profiles.keychainUnavailable.body': 'Zapisane ustawienia nadal działają i możesz testować, wpisując hasło. Nie da się go tylko zapamiętać, dopóki magazyn haseł znów nie zacznie działać.',
  'profiles.cli.not-found': 'brak zapisanych ustawień o nazwie „{name}” w folderze {folder} (zapisane: {known}).',
  'profiles.cli.not-found-none': 'brak zapisanych ustawień o nazwie „{name}” w folderze {folder}: nie zapisano tam żadnych ustawień.',
  'profiles.cli.quoted': '„{name}”',
};
