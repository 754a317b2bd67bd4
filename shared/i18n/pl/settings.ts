import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** Polish: notices about the settings files, the password store (keychain) and what was remembered. */
export const settings: Translation<typeof source> = {
  'settings.notice.settings-corrupt.title': 'Nie można odczytać zapisanych ustawień',
  'settings.notice.settings-corrupt.body':
    'Plik ustawień był uszkodzony, więc aplikacja uruchomiła się z nowymi ustawieniami. Stary plik zachowano jako {movedTo}, na wypadek gdyby dział IT chciał go obejrzeć. Problem: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'Plik ustawień {file} był uszkodzony i nie można go było przenieść, więc aplikacja na razie używa nowych ustawień i nie będzie zapisywać zmian. Problem: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Nie można odczytać części zapisanych ustawień',
  'settings.notice.settings-partly-recovered.body':
    'Tych elementów nie można było odczytać, więc odłożono je na bok: {items}. Wszystko inne wczytano jak zwykle. Zachowano je bez zmian w pliku {movedTo}, na wypadek gdyby dział IT chciał je obejrzeć. Pierwszy problem: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Tych elementów nie można było odczytać: {items}. Wszystko inne wczytano, ale aplikacja nie mogła zachować ich kopii, więc na razie nie będzie zapisywać zmian w pliku {file}. Pierwszy problem: {problem}',
  'settings.notice.settings-newer-version.title': 'Ustawienia pochodzą z nowszej wersji aplikacji',
  'settings.notice.settings-newer-version.body':
    'Plik ustawień został zapisany przez nowszą wersję Mail Setup Assistant (format {version}). Zachowano go jako {movedTo}, a aplikacja uruchomiła się z nowymi ustawieniami. Aby z niego korzystać, zainstaluj ponownie nowszą wersję.',
  'settings.notice.settings-newer-version.body-not-moved':
    'Plik ustawień {file} został zapisany przez nowszą wersję Mail Setup Assistant (format {version}). Aplikacja na razie używa nowych ustawień i nie będzie zapisywać zmian, więc nowszy plik pozostaje bez zmian.',
  'settings.notice.settings-unwritable.title': 'Nie można zapisać ustawień',
  'settings.notice.settings-unwritable.body':
    'Aplikacja nie może zapisać pliku ustawień {file}, więc zmiany zostaną utracone po jej zamknięciu. Problem: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Plik ustawień Twojej organizacji został pominięty',
  'settings.notice.org-defaults-invalid.body':
    'Plik {file} umieszczony przez dział IT zawiera błąd, więc aplikacja używa wbudowanych ustawień. Przekaż działowi IT: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Plik ustawień Twojej organizacji zawiera nieznane wpisy',
  'settings.notice.org-defaults-unknown-keys.body':
    'Plik {file} zawiera wpisy, których ta wersja nie zna: {keys}. Zostały one pominięte; reszta pliku jest używana.',
  'settings.notice.org-defaults-unreadable.title': 'Nie można odczytać pliku ustawień Twojej organizacji',
  'settings.notice.org-defaults-unreadable.body':
    'Nie można odczytać pliku {file}, więc aplikacja używa wbudowanych ustawień. Problem: {problem}',

  // The first problem in a JSON file; each follows „Problem: ”, so it starts in lower case.
  'settings.problem.not-json': 'plik nie jest prawidłowym plikiem JSON ({detail}).',
  'settings.problem.not-object': 'plik musi zawierać jeden obiekt JSON.',
  'settings.problem.wrong-type': 'wpis „{field}” powinien mieć typ: {expected}, a ma: {received}.',
  'settings.problem.missing': 'brakuje wpisu „{field}”.',
  'settings.problem.not-one-of': 'wpis „{field}” musi mieć wartość {allowed}.',
  'settings.problem.unknown-key': 'wpis „{field}” jest nieznany tej aplikacji.',
  'settings.problem.too-small': 'wpis „{field}” jest za krótki lub za mały.',
  'settings.problem.too-big': 'wpis „{field}” jest za długi lub za duży.',
  'settings.problem.bad-format': 'wpis „{field}”: {detail}.',
  'settings.problem.invalid': 'wpis „{field}” jest nieprawidłowy.',
  'settings.problem.file-invalid': 'plik nie ma postaci, jakiej oczekuje ta aplikacja.',
  'settings.problem.type.string': 'tekst',
  'settings.problem.type.number': 'liczba',
  'settings.problem.type.int': 'liczba całkowita',
  'settings.problem.type.boolean': 'true lub false',
  'settings.problem.type.array': 'lista [ … ]',
  'settings.problem.type.object': 'grupa wpisów (obiekt)',
  'settings.problem.type.null': 'wartość null',
  'settings.problem.type.undefined': 'brak wartości',
  'settings.problem.duplicate-id': 'wpis „{field}” powtarza identyfikator wcześniejszych zapisanych ustawień.',
  'settings.problem.too-many-profiles':
    'jest więcej niż {max, plural, one {# zestaw} few {# zestawy} many {# zestawów} other {# zestawu}} zapisanych ustawień; {max, plural, one {zestawy po pierwszym} other {zestawy po pierwszych {max, number}}} odłożono na bok.',
  'settings.problem.not-utf8': 'plik nie jest tekstem w kodowaniu UTF-8.',
  'settings.recovered.profile': 'zapisane ustawienia „{name}”',
  'settings.recovered.unnamed-profile': 'zapisane ustawienia nr {number} (bez nazwy)',
  'settings.recovered.preferences': 'Twoje preferencje (zamiast nich używane są ustawienia domyślne)',
  'settings.recovered.entry': 'wpis „{key}”',
  'settings.problem.migration-failed': 'nie można przekształcić pliku do bieżącego formatu ({detail}).',

  'settings.keychain.no-native-module':
    'Aplikacja nie mogła otworzyć magazynu haseł tego komputera, więc hasła nie mogą być zapamiętywane. Wszystko inne działa.',
  'settings.keychain.no-secret-service':
    'Na tym komputerze nie ma dostępnego magazynu haseł (pęku kluczy), więc hasła nie mogą być zapamiętywane. Wszystko inne działa.',
  'settings.keychain.locked':
    'Magazyn haseł (pęk kluczy) jest zablokowany. Odblokuj go, na przykład logując się ponownie do komputera, i spróbuj jeszcze raz.',
  'settings.keychain.unknown':
    'Magazyn haseł (pęk kluczy) nie odpowiedział zgodnie z oczekiwaniami, więc hasła nie mogą być teraz zapamiętywane. Wszystko inne działa.',
  'settings.keychain.secret-not-removed':
    'Zapisane ustawienia zostały usunięte, ale nie można było usunąć ich hasła z magazynu haseł: {reason}',

  'settings.remember.not-ticked': 'Hasło nie zostało zapisane, bo nie zaznaczono opcji „Zapamiętaj”.',
  'settings.remember.test-not-passed': 'Hasło jest zapisywane dopiero po udanym teście logowania.',
  'settings.remember.no-secret': 'Przy tej metodzie logowania nie ma hasła do zapisania.',
  'settings.remember.saved': 'Hasło jest zapisane w magazynie haseł tego komputera.',
};
