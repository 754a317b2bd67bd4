import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** Polish: Microsoft sign-in — browser pages, progress, CLI lines, failures and the help page for IT. */
export const oauth: Translation<typeof source> = {
  'oauth.page.success.title': 'Zalogowano',
  'oauth.page.success.body': 'Możesz zamknąć tę kartę i wrócić do Mail Setup Assistant.',
  'oauth.page.error.title': 'Logowanie nie zostało dokończone',
  'oauth.page.error.body': 'Nic nie zostało zmienione. Zamknij tę kartę, wróć do Mail Setup Assistant i spróbuj ponownie.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  'oauth.progress.browser': 'Czekamy, aż zalogujesz się w przeglądarce…',
  'oauth.progress.device-code': 'Aby się zalogować, otwórz {url} i wpisz kod {code}',
  'oauth.progress.cancel': 'Anuluj',
  'oauth.account.signed-in': 'Zalogowano przez Microsoft jako {username}.',
  'oauth.account.use-different': 'Użyj innego konta',
  'oauth.account.mismatch':
    'Zalogowano jako {username}, ale testowany adres to {address}. Test loguje się jako {username}: zadziała to tylko wtedy, gdy {username} może wysyłać jako {address} (na przykład z udostępnionej skrzynki pocztowej). Jeśli to niewłaściwe konto, wyloguj się i zaloguj ponownie.',
  'oauth.account.not-remembered': 'Logowanie na razie działa, ale nie można go zapamiętać na tym komputerze: {reason}',
  'oauth.cli.browser-hint': 'Jeśli okno przeglądarki się nie otworzyło, otwórz ręcznie ten adres: {url}',
  'oauth.cli.signed-out': 'Wylogowano {username}: logowanie zostało usunięte z magazynu haseł tego komputera.',
  'oauth.cli.not-signed-in': 'Na tym komputerze nie ma zapisanego logowania przez Microsoft dla {username}.',
  'oauth.cli.sign-in-failed': 'Logowanie przez Microsoft nie powiodło się: {words}',

  'oauth.failure.not-configured':
    'Logowanie przez Microsoft nie jest skonfigurowane w tej kopii aplikacji. Dział IT może je włączyć: zobacz „Logowanie przez Microsoft — dla IT”.',
  'oauth.failure.cloud-not-supported': 'Logowanie przez Microsoft dla tego rodzaju konta nie jest obsługiwane w tej wersji aplikacji.',
  'oauth.failure.cancelled': 'Logowanie zostało przerwane przed zakończeniem. Nic nie zostało zmienione.',
  'oauth.failure.timed-out': 'Logowanie zostało przerwane, bo trwało dłużej niż {timeout}. Spróbuj ponownie w dogodnej chwili.',
  'oauth.failure.consent-required': 'Ta aplikacja nie ma jeszcze zgody na wysyłanie poczty z Twojego konta. Zaloguj się ponownie i zaakceptuj prośbę albo zwróć się do działu IT.',
  'oauth.failure.admin-consent-required': 'W Twojej organizacji administrator musi zatwierdzić tę aplikację, zanim będzie można się zalogować. Zwróć się do działu IT.',
  'oauth.failure.conditional-access': 'Reguły logowania Twojej organizacji nie pozwalają na to logowanie z tego miejsca. Zwróć się do działu IT.',
  'oauth.failure.mfa-required': 'Twoja organizacja wymaga dodatkowego potwierdzenia przy logowaniu (na przykład kodu w telefonie). Zaloguj się ponownie, aby je wykonać.',
  'oauth.failure.sign-in-again': 'Zapisane logowanie przez Microsoft wygasło lub zostało usunięte. Zaloguj się ponownie.',
  'oauth.failure.device-code-blocked': 'Twoja organizacja nie pozwala logować się kodem. Zaloguj się zamiast tego w przeglądarce (większość organizacji utworzonych od {deviceCodeBlockedFrom} blokuje kody logowania).',
  'oauth.failure.unreachable': 'Ten komputer nie może połączyć się z usługą logowania Microsoft. Sprawdź połączenie z internetem i spróbuj ponownie.',
  'oauth.failure.server-error': 'Usługa logowania Microsoft odpowiedziała błędem. Spróbuj ponownie; jeśli to się powtarza, wyślij szczegóły do działu IT.',

  // Help page for IT: Entra labels as in the Polish Microsoft Entra admin center.
  'oauth.help.title': 'Logowanie przez Microsoft — dla IT',
  'oauth.help.intro':
    'Mail Setup Assistant loguje się przez Microsoft przy użyciu własnej rejestracji aplikacji Twojej organizacji. Identyfikator klienta innego produktu nigdy nie jest używany. Zarejestruj aplikację raz, a następnie przekaż pracownikom jej identyfikator klienta.',
  'oauth.help.step.register': 'W centrum administracyjnym Microsoft Entra otwórz „Rejestracje aplikacji” i wybierz „Nowa rejestracja”.',
  'oauth.help.step.account-types':
    'Obsługiwane typy kont: „Konta tylko w tym katalogu organizacyjnym” lub „…w dowolnym katalogu organizacyjnym” dla Microsoft 365; wybierz „…i osobiste konta Microsoft”, jeśli pracownicy testują też adresy Outlook.com.',
  'oauth.help.step.platform': 'Dodaj platformę „Aplikacje mobilne i klasyczne” z identyfikatorem URI przekierowania http://localhost.',
  'oauth.help.step.public-client': 'Włącz „Zezwalaj na przepływy klientów publicznych” tylko wtedy, gdy chcesz mieć zapasowe logowanie kodem (kod urządzenia).',
  'oauth.help.step.permission':
    'Uprawnienia interfejsu API: dodaj uprawnienie delegowane SMTP.Send z „Office 365 Exchange Online” (offline_access jest żądane razem z nim).',
  'oauth.help.step.consent': 'Udziel zgody administratora dla organizacji, jeśli pracownicy nie mogą sami wyrażać zgody na aplikacje.',
  'oauth.help.step.deploy':
    'Wpisz identyfikator aplikacji (klienta) do pliku org-defaults.json w sekcji "oauth" jako "clientId" (a identyfikator lub domenę dzierżawy jako "tenant") albo zbuduj aplikację z ustawioną zmienną MSA_OAUTH_CLIENT_ID.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH nadal musi być dozwolony dla każdej skrzynki, która wysyła w ten sposób.',
  'oauth.help.browser-closed': 'Jeśli ktoś zamknie kartę przeglądarki bez logowania, aplikacja tego nie widzi: logowanie kończy się samo, gdy trwa dłużej niż {timeout}, albo od razu po naciśnięciu przycisku Anuluj.',
};
