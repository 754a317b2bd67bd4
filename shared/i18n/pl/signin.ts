import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * Polish: the wizard's „Zaloguj się przez Microsoft” panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth':
    'Logujesz się na stronie firmy Microsoft. Ta aplikacja nigdy nie widzi Twojego hasła, a logowania używa tylko do przetestowania wysyłania z tego komputera.',
  'signin.panel.title': 'Zaloguj się przez Microsoft',
  'signin.loading': 'Sprawdzanie, czy logowanie jest już aktywne…',
  'signin.password.microsoft-note': 'Z końcem miesiąca {basicOffMonth} Microsoft 365 domyślnie wyłącza logowanie hasłem przy wysyłaniu poczty, a Outlook i Apple Mail logują się przez Microsoft, więc test z hasłem może nie pokazać, jak zachowają się te aplikacje.',

  'signin.not-configured.title': 'Logowanie przez Microsoft nie jest skonfigurowane w tej kopii aplikacji',
  'signin.not-configured.help': 'Co musi zrobić dział IT',
  'signin.not-configured.meanwhile.password': 'Do tego czasu możesz wybrać powyżej „Za pomocą hasła” albo przeprowadzić test bez logowania.',
  'signin.not-configured.meanwhile.none': 'Do tego czasu możesz przeprowadzić test bez logowania: sprawdza on połączenie, a nie Twoje konto.',

  'signin.ready.button': 'Zaloguj się przez Microsoft',
  'signin.ready.hint':
    'Przeglądarka otworzy stronę logowania Microsoft dla adresu {address}. Wróć tutaj, gdy pojawi się informacja, że logowanie się powiodło.',
  'signin.ready.code': 'Zaloguj się zamiast tego kodem',
  'signin.ready.code.hint': 'Na wypadek, gdy na tym komputerze nie da się otworzyć przeglądarki: wpisujesz kod na dowolnym urządzeniu. Wiele organizacji na to nie pozwala (organizacje utworzone od {deviceCodeBlockedFrom} domyślnie to blokują).',

  'signin.waiting.hint': 'Dokończ logowanie w oknie przeglądarki, które się otworzyło. Jeśli je zamkniesz, naciśnij Anuluj.',
  'signin.code.waiting': 'Pobieranie kodu logowania od Microsoft…',
  'signin.code.instructions': 'Na dowolnym urządzeniu otwórz tę stronę:',
  'signin.code.enter': 'Następnie wpisz ten kod:',
  'signin.code.copy': 'Kopiuj kod',
  'signin.code.copy-url': 'Kopiuj adres',
  'signin.code.expires':
    'Kod jest ważny przez {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}. Gdy tylko się zalogujesz, ta strona sama przejdzie dalej.',

  'signin.signed-in.display-name': 'Nazwa konta: {name}',
  'signin.remembered': 'Logowanie jest przechowywane w magazynie haseł tego komputera, więc ponowny test nie wymaga ponownego logowania.',
  'signin.saved.not-signed-in':
    'Ustawienia zostały zapisane, ale na tym komputerze nie ma już tego logowania przez Microsoft: zaloguj się ponownie przed testem.',
  'signin.mismatch.title': 'To nie jest adres, który testujesz',

  'signin.failed.title': 'Logowanie nie powiodło się',
  'signin.failed.details': 'Szczegóły dla działu IT',
  'signin.failed.copy': 'Kopiuj szczegóły',
  'signin.failed.try-again': 'Spróbuj ponownie',
  'signin.failed.use-browser': 'Zaloguj się zamiast tego w przeglądarce',
  'signin.failed.message-for-it': 'Logowanie przez Microsoft dla {address} nie powiodło się w Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Wróć do logowania',
  'signin.help.now': 'Dlaczego logowanie jest teraz niedostępne: {reason}',
  'signin.help.reason.no-client-id': 'w tej kopii nie skonfigurowano rejestracji aplikacji (identyfikatora klienta).',
  'signin.help.reason.invalid-client-id': 'skonfigurowany identyfikator klienta nie jest identyfikatorem aplikacji (klienta).',
  'signin.help.reason.cloud-not-supported': 'ten rodzaj konta (chmura rządowa lub krajowa) nie jest obsługiwany w tej wersji.',
  'signin.help.reason.invalid-authority': 'skonfigurowana dzierżawa nie jest identyfikatorem ani domeną dzierżawy.',
  'signin.help.org-defaults': 'Plik ustawień organizacji (org-defaults.json) z Twoim identyfikatorem klienta:',
  'signin.help.admin-consent': 'Aby zatwierdzić aplikację od razu dla wszystkich, administrator otwiera:',
  'signin.help.copy': 'Kopiuj',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<Identyfikator aplikacji (klienta)>',
  'signin.help.placeholder.tenant': '<identyfikator lub domena Twojej dzierżawy>',

  'signin.result.title': 'Logowanie przez Microsoft nie powiodło się',
  'signin.result.again': 'Zaloguj się ponownie',
};
