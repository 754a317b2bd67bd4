import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** Polish: findings about “Sign in with Microsoft” (OAuth 2.0), called „Zaloguj się przez Microsoft”. */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com wymaga opcji „Zaloguj się przez Microsoft”',
  'finding.auth.oauth-required.explanation': 'Konta Outlook.com, Hotmail i Live od {outlookComEnded} nie akceptują haseł w aplikacjach pocztowych. Hasła aplikacji też nie działają: działa tylko „Zaloguj się przez Microsoft”.',
  'finding.auth.oauth-required.steps.1': 'Wybierz „Zaloguj się przez Microsoft” i zaloguj się kontem Outlook.com.',
  'finding.auth.oauth-required.steps.2': 'Przetestuj ponownie.',
  'finding.auth.oauth-required.admin': 'Moje osobiste konto Outlook.com {address} nie akceptuje już logowania hasłem przy wysyłaniu (Microsoft wyłączył je {outlookComEnded}, a hasła aplikacji też nie działają). Przechodzę na logowanie przez Microsoft (OAuth 2.0). Czy można upewnić się, że nasza sieć nie blokuje {loginHost}? Poza tym po stronie IT nic nie trzeba zmieniać.',

  'finding.auth.oauth-token-rejected.title': 'Logowanie przez Microsoft się udało, ale serwer poczty je odrzucił',
  'finding.auth.oauth-token-rejected.explanation': 'Logowanie przez Microsoft się powiodło, ale serwer poczty nie zaakceptował go dla tej skrzynki. Zwykle konto, którym się logujesz, nie jest skrzynką, z której wysyłasz, albo wysyłanie z aplikacji jest dla niej wyłączone.',
  'finding.auth.oauth-token-rejected.steps.1': 'Zaloguj się ponownie dokładnie tym kontem, do którego należy skrzynka, z której wysyłasz.',
  'finding.auth.oauth-token-rejected.steps.2': 'Jeśli wysyłasz z udostępnionej skrzynki pocztowej, upewnij się, że masz uprawnienia do korzystania z niej.',
  'finding.auth.oauth-token-rejected.steps.3': 'Jeśli nadal nie działa, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-token-rejected.admin': 'Exchange Online odrzuca logowanie OAuth 2.0 (XOAUTH2) dla {address}, którego używa {sender}, z komunikatem „535 5.7.3 Authentication unsuccessful”. Proszę o sprawdzenie trzech rzeczy: czy konto, którym się loguję, to {address} albo ma do niego uprawnienia (udostępniona skrzynka pocztowa), czy aplikacja ma w naszej dzierżawie zgodę na {smtpSendScope} oraz czy opcja „Uwierzytelniony SMTP” jest włączona dla tej skrzynki (SMTP AUTH jest potrzebny także przy OAuth).',

  'finding.auth.oauth-account-mismatch.title': 'Zalogowano się innym kontem',
  'finding.auth.oauth-account-mismatch.explanation': 'Konto, którym zalogowano się do Microsoft, to nie {address}. Jest to w porządku w przypadku udostępnionej skrzynki pocztowej, z której możesz wysyłać; w innym razie zaloguj się kontem tej skrzynki.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Jeśli {address} to Twoja własna skrzynka, zaloguj się ponownie tym kontem.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Jeśli to udostępniona skrzynka pocztowa, upewnij się, że dział IT dał Ci uprawnienie do wysyłania z niej.',
  'finding.auth.oauth-account-mismatch.admin': 'Do Microsoft loguję się innym kontem niż {address}, aby wysyłać z tej skrzynki przez {m365Host}. Proszę o potwierdzenie, że moje konto może wysyłać z {address} (uprawnienie „Wyślij jako” albo „Pełny dostęp” do udostępnionej skrzynki pocztowej).',

  'finding.auth.oauth-consent-required.title': 'Aplikacja potrzebuje Twojej zgody na wysyłanie poczty',
  'finding.auth.oauth-consent-required.explanation': 'Microsoft poprosił o zgodę na to, aby aplikacja wysyłała pocztę w Twoim imieniu, a zgoda nie została udzielona. Być może da się ją zaakceptować przy logowaniu; w przeciwnym razie musi na to zezwolić administrator IT.',
  'finding.auth.oauth-consent-required.steps.1': 'Zaloguj się ponownie i zaakceptuj prośbę o uprawnienia, jeśli się pojawi.',
  'finding.auth.oauth-consent-required.steps.2': 'Jeśli prośba się nie pojawi, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-consent-required.admin': 'Logowanie przez Microsoft, którego używa {sender}, kończy się błędem AADSTS65001 (użytkownik lub administrator nie wyraził zgody na użycie aplikacji). Proszę o udzielenie w naszej dzierżawie zgody na uprawnienie delegowane tej aplikacji {smtpSendScope} (oraz offline_access).',

  'finding.auth.oauth-admin-consent-required.title': 'Administrator IT musi najpierw zatwierdzić aplikację',
  'finding.auth.oauth-admin-consent-required.explanation': 'W Twojej organizacji tylko administratorzy IT mogą zatwierdzać aplikacje, które korzystają z Twojej skrzynki. Dopóki administrator nie zatwierdzi tej aplikacji, „Zaloguj się przez Microsoft” nie może się zakończyć.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Gdy administrator potwierdzi, zaloguj się ponownie.',
  'finding.auth.oauth-admin-consent-required.admin': 'Logowanie przez Microsoft, którego używa {sender}, zatrzymuje się na komunikacie „Need admin approval” (AADSTS90094). Proszę o sprawdzenie i udzielenie zgody administratora na uprawnienia delegowane {smtpSendScope} i offline_access (ustawienie niżej).',

  'finding.auth.oauth-conditional-access.title': 'Reguła logowania w Twojej organizacji zablokowała logowanie przez Microsoft',
  'finding.auth.oauth-conditional-access.explanation': 'Zasady dostępu warunkowego Twojej organizacji zablokowały to logowanie, na przykład z powodu urządzenia, lokalizacji lub aplikacji. Administrator IT może sprawdzić w dzienniku logowania, która reguła to zrobiła.',
  'finding.auth.oauth-conditional-access.steps.1': 'Jeśli masz dostęp do komputera lub sieci firmowej, spróbuj tam.',
  'finding.auth.oauth-conditional-access.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-conditional-access.admin': 'Logowanie przez Microsoft jako {address}, którego używa {sender}, jest blokowane przez dostęp warunkowy (AADSTS53003). Proszę o sprawdzenie w dzienniku logowania Entra (niżej), która zasada je zablokowała, i czy można dopuścić tę aplikację do wysyłania poczty.',

  'finding.auth.oauth-mfa-required.title': 'Microsoft wymaga drugiego kroku logowania',
  'finding.auth.oauth-mfa-required.explanation': 'Twoje konto wymaga uwierzytelniania wieloskładnikowego (na przykład kodu lub aplikacji uwierzytelniającej), a logowanie go nie dokończyło. Zaloguj się ponownie w oknie przeglądarki, aby je dokończyć.',
  'finding.auth.oauth-mfa-required.steps.1': 'Ponownie wybierz „Zaloguj się przez Microsoft” i wykonaj dodatkowy krok.',
  'finding.auth.oauth-mfa-required.steps.2': 'Jeśli nie masz jeszcze skonfigurowanego dodatkowego kroku logowania, zapytaj dział IT, jak to zrobić.',
  'finding.auth.oauth-mfa-required.admin': 'Logowanie przez Microsoft jako {address}, którego używa {sender}, wymaga uwierzytelniania wieloskładnikowego (AADSTS50076 lub AADSTS50079) i nie zostało dokończone. Czy można sprawdzić, czy moje konto ma zarejestrowaną działającą metodę MFA?',

  'finding.auth.oauth-device-code-blocked.title': 'Logowanie kodem jest zablokowane w Twojej organizacji',
  'finding.auth.oauth-device-code-blocked.explanation': 'Logowanie przez wpisanie kodu na innym urządzeniu blokują ustawienia zabezpieczeń Twojej organizacji (ustawienia domyślne zabezpieczeń lub reguła dostępu warunkowego). Zamiast tego zaloguj się w oknie przeglądarki.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Wybierz „Zaloguj się przez Microsoft” i użyj okna przeglądarki, które się otworzy, a nie kodu.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Jeśli na tym komputerze nie jest to możliwe, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-device-code-blocked.admin': 'Logowanie przez Microsoft kodem urządzenia jest zablokowane dla {address}: ustawienia domyślne zabezpieczeń i zasady dostępu warunkowego dotyczące przepływów uwierzytelniania blokują logowanie kodem urządzenia. Zamiast tego użyję logowania w przeglądarce (kod autoryzacji z PKCE). Proszę o informację, czy ono również jest zablokowane, albo — jeśli {sender} musi korzystać z kodu urządzenia — o wyjątek od tej blokady.',

  'finding.auth.oauth-sign-in-again.title': 'Zaloguj się ponownie przez Microsoft',
  'finding.auth.oauth-sign-in-again.explanation': 'Zapisane logowanie przez Microsoft wygasło lub zostało cofnięte, na przykład po zmianie hasła. Pomoże ponowne zalogowanie.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Wybierz „Zaloguj się przez Microsoft” i zaloguj się ponownie.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Przetestuj ponownie.',
  'finding.auth.oauth-sign-in-again.admin': 'Zapisane logowanie przez Microsoft dla {address}, którego używa {sender}, przestało działać (token odświeżania wygasł lub został odwołany, na przykład AADSTS700082 lub AADSTS50173). Logowanie zostało już ponowione. Proszę o informację, jeśli jakieś zasady skracają czas ważności logowania w aplikacjach pocztowych.',

  'finding.auth.oauth-unreachable.title': 'Strona logowania Microsoft jest nieosiągalna',
  'finding.auth.oauth-unreachable.explanation': 'Ten komputer nie mógł połączyć się z usługą logowania Microsoft ({loginHost}), więc „Zaloguj się przez Microsoft” nie może się rozpocząć. Zwykle przyczyną jest połączenie z internetem, serwer proxy lub zapora.',
  'finding.auth.oauth-unreachable.steps.1': 'Sprawdź, czy strony internetowe się otwierają, i spróbuj ponownie.',
  'finding.auth.oauth-unreachable.steps.2': 'Jeśli używasz VPN lub serwera proxy, spróbuj bez nich.',
  'finding.auth.oauth-unreachable.steps.3': 'Jeśli nadal nie działa, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-unreachable.admin': 'Mój komputer nie może połączyć się z {loginHost} przez HTTPS, więc logowanie przez Microsoft, którego używa {sender}, nie może się rozpocząć. Czy można sprawdzić, czy nie blokuje tego nasza zapora lub serwer proxy?',

  'finding.auth.oauth-not-configured.title': 'Logowanie przez Microsoft nie jest skonfigurowane dla tej aplikacji',
  'finding.auth.oauth-not-configured.explanation': 'Aplikacja nie ma działającej rejestracji aplikacji Microsoft dla Twojej organizacji, więc nie można użyć opcji „Zaloguj się przez Microsoft”. Administrator IT konfiguruje to raz dla wszystkich.',
  'finding.auth.oauth-not-configured.steps.1': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.oauth-not-configured.steps.2': 'Do tego czasu hasło może nadal działać, jeśli Twoja organizacja na to pozwala.',
  'finding.auth.oauth-not-configured.admin': 'Aplikacja Mail Setup Assistant, której używam, nie ma skonfigurowanego logowania przez Microsoft. Proszę o zarejestrowanie jej w Microsoft Entra ID (platforma „Aplikacje mobilne i klasyczne”, identyfikator URI przekierowania http://localhost, uprawnienia delegowane {smtpSendScope} i offline_access) oraz wpisanie jej identyfikatora klienta i dzierżawy do pliku ustawień domyślnych organizacji tej aplikacji.',

  'finding.auth.oauth-cancelled.title': 'Logowanie zostało anulowane',
  'finding.auth.oauth-cancelled.explanation': 'Okno logowania Microsoft zostało zamknięte albo prośba została odrzucona, zanim logowanie się zakończyło. Nic nie zostało zmienione.',
  'finding.auth.oauth-cancelled.steps.1': 'Ponownie wybierz „Zaloguj się przez Microsoft” i dokończ logowanie w przeglądarce.',
  'finding.auth.oauth-cancelled.steps.2': 'Jeśli okno przeglądarki się nie otworzyło, sprawdź, czy jest ustawiona domyślna przeglądarka.',
  'finding.auth.oauth-cancelled.admin': 'Logowanie przez Microsoft dla {address} zostało anulowane, zanim się zakończyło. Proszę to zignorować, chyba że będzie się powtarzać; wtedy prześlę szczegóły.',
};
