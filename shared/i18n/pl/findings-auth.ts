import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** Polish: findings about signing in with a password. */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'Wysyłanie z aplikacji jest wyłączone w Twojej organizacji',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'Twoja organizacja wyłączyła logowanie aplikacji do wysyłania poczty („SMTP AUTH”) dla wszystkich skrzynek pocztowych. Problemem nie jest Twoje hasło: tylko administrator IT może włączyć tę opcję dla Twojej skrzynki.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Nie zmieniaj hasła: to nie ono jest przyczyną.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Przetestuj ponownie, gdy administrator potwierdzi zmianę.',
  'finding.auth.smtp-auth-disabled-tenant.admin': 'Proszę o włączenie opcji „Uwierzytelniony SMTP” dla mojej skrzynki pocztowej {address} — {sender} potrzebuje jej do wysyłania poczty. SMTP AUTH jest wyłączony w całej naszej organizacji (SmtpClientAuthenticationDisabled), a ustawienie skrzynki ma pierwszeństwo przed ustawieniem organizacji. Logowanie przez Microsoft (OAuth) przy wysyłaniu także wymaga tego ustawienia.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'Wysyłanie z aplikacji jest wyłączone dla Twojej skrzynki',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'Opcja „Uwierzytelniony SMTP” jest wyłączona dla Twojej skrzynki pocztowej, więc serwer odrzuca każdą aplikację, która loguje się, aby wysłać pocztę. Włączyć ją może tylko administrator IT.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Nie zmieniaj hasła: to nie ono jest przyczyną.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Przetestuj ponownie, gdy administrator potwierdzi zmianę.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': 'Proszę o włączenie opcji „Uwierzytelniony SMTP” dla mojej skrzynki pocztowej {address} — {sender} potrzebuje jej do wysyłania poczty. Serwer informuje, że uwierzytelnianie klienta SMTP jest wyłączone dla tej skrzynki.',

  'finding.auth.basic-auth-disabled.title': 'Logowanie hasłem jest zablokowane',
  'finding.auth.basic-auth-disabled.explanation': 'Twoja organizacja blokuje logowanie hasłem („uwierzytelnianie podstawowe”) przy wysyłaniu z aplikacji, więc użyj zamiast tego opcji „Zaloguj się przez Microsoft”. Od końca miesiąca {basicOffMonth} jest ono domyślnie wyłączone w istniejących organizacjach; na razie dział IT może je ponownie włączyć.',
  'finding.auth.basic-auth-disabled.steps.1': 'Wybierz w tej aplikacji „Zaloguj się przez Microsoft” i przetestuj ponownie.',
  'finding.auth.basic-auth-disabled.steps.2': 'Hasła aplikacji nie pomogą: to również logowanie hasłem.',
  'finding.auth.basic-auth-disabled.steps.3': 'Jeśli Twoje urządzenie nie obsługuje logowania przez Microsoft, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.basic-auth-disabled.admin': 'Uwierzytelnianie hasłem (podstawowe) dla SMTP jest zablokowane dla mojej skrzynki pocztowej {address} (535 5.7.139 „basic authentication is disabled”). Zmieniam sposób logowania, którego używa {sender}, na logowanie przez Microsoft (OAuth 2.0). Proszę o potwierdzenie, że jest ono dozwolone w naszej dzierżawie (może być potrzebna zgoda administratora) i że opcja „Uwierzytelniony SMTP” pozostaje włączona dla mojej skrzynki. Jeśli uwierzytelnianie podstawowe musi na razie zostać, mogą je blokować zasady uwierzytelniania (zob. niżej; Set-AuthenticationPolicy -AllowBasicAuthSmtp). Od końca miesiąca {basicOffMonth} Microsoft domyślnie wyłącza uwierzytelnianie podstawowe dla SMTP AUTH w istniejących dzierżawach (dzierżawy utworzone później w ogóle go nie mają); na razie administratorzy mogą je ponownie włączyć, a ostateczna data wycofania zostanie ogłoszona {finalDateHalf}, więc trwałym rozwiązaniem jest OAuth.',

  'finding.auth.basic-auth-removed.title': 'Serwer nie akceptuje haseł przy wysyłaniu',
  'finding.auth.basic-auth-removed.explanation': 'Exchange Online odpowiedział, że logowanie hasłem (uwierzytelnianie podstawowe) nie jest akceptowane przy wysyłaniu z aplikacji z tej skrzynki. Zamiast tego działa „Zaloguj się przez Microsoft”.',
  'finding.auth.basic-auth-removed.steps.1': 'Wybierz w tej aplikacji „Zaloguj się przez Microsoft” i przetestuj ponownie.',
  'finding.auth.basic-auth-removed.steps.2': 'Jeśli urządzenie nie może logować się przez Microsoft, poproś dział IT o inny sposób wysyłania, na przykład przekazywanie przez łącznik.',
  'finding.auth.basic-auth-removed.admin': 'Exchange Online odrzucił logowanie hasłem dla {address} z komunikatem „550 5.7.30 Basic authentication is not supported for Client Submission”. Zmieniam sposób logowania, którego używa {sender}, na logowanie przez Microsoft (OAuth 2.0). Proszę o potwierdzenie, że jest ono dozwolone w naszej dzierżawie. Urządzenia bez obsługi OAuth potrzebują innej drogi. Możliwości: High Volume Email (tylko odbiorcy wewnętrzni), Azure Communication Services Email, przekazywanie przez łącznik przychodzący albo Direct Send (tylko odbiorcy wewnętrzni).',

  'finding.auth.security-defaults.title': 'Ustawienia zabezpieczeń Twojej organizacji blokują logowanie aplikacji',
  'finding.auth.security-defaults.explanation': 'W Twojej organizacji są włączone „ustawienia domyślne zabezpieczeń” Microsoft, które blokują logowanie hasłem z aplikacji pocztowych. Zamiast tego użyj opcji „Zaloguj się przez Microsoft”.',
  'finding.auth.security-defaults.steps.1': 'Wybierz w tej aplikacji „Zaloguj się przez Microsoft” i przetestuj ponownie.',
  'finding.auth.security-defaults.steps.2': 'Jeśli Twoje urządzenie nie obsługuje logowania przez Microsoft, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.security-defaults.admin': 'Moje logowanie SMTP jako {address} jest odrzucane z komunikatem „user is locked by your organization’s security defaults policy”. Ustawienia domyślne zabezpieczeń blokują uwierzytelnianie podstawowe dla SMTP. Zmieniam sposób logowania, którego używa {sender}, na logowanie przez Microsoft (OAuth 2.0). Proszę o potwierdzenie, że jest ono dozwolone w naszej dzierżawie i że opcja „Uwierzytelniony SMTP” jest włączona dla mojej skrzynki. Podstawowe logowanie SMTP działałoby ponownie tylko wtedy, gdyby ustawienia domyślne zabezpieczeń zastąpić zasadami dostępu warunkowego (ustawienie niżej), co osłabia bezpieczeństwo, więc tego nie polecam.',

  'finding.auth.conditional-access.title': 'Reguła logowania w Twojej organizacji zablokowała logowanie',
  'finding.auth.conditional-access.explanation': 'Twoja organizacja ma reguły logowania (dostęp warunkowy lub uwierzytelnianie wieloskładnikowe), a to logowanie ich nie spełniło. Administrator IT może sprawdzić dokładną przyczynę w dzienniku logowania.',
  'finding.auth.conditional-access.steps.1': 'Wybierz w tej aplikacji „Zaloguj się przez Microsoft” — ta metoda obsługuje logowanie wieloskładnikowe.',
  'finding.auth.conditional-access.steps.2': 'Jeśli to nadal nie działa, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.conditional-access.admin': 'Logowanie SMTP jako {address}, którego używa {sender}, kończy się błędem „the request did not meet the criteria to be authenticated successfully”. Proszę o sprawdzenie dziennika logowania Microsoft Entra dla mojego konta (niżej), aby ustalić, która zasada dostępu warunkowego lub który wymóg MFA je zablokowały. Wolę logowanie przez Microsoft (OAuth 2.0) niż wyjątek dla starszego uwierzytelniania.',

  'finding.auth.bad-credentials.title': 'Nazwa użytkownika lub hasło są nieprawidłowe',
  'finding.auth.bad-credentials.explanation': 'Serwer nie zaakceptował nazwy użytkownika i hasła. W Microsoft 365 nazwą użytkownika jest pełny adres e-mail.',
  'finding.auth.bad-credentials.steps.1': 'Wpisz pełny adres e-mail jako nazwę użytkownika.',
  'finding.auth.bad-credentials.steps.2': 'Wpisz hasło ponownie, uważnie (sprawdź Caps Lock). Zalogowanie się na outlook.office.com pokaże, czy jest poprawne.',
  'finding.auth.bad-credentials.steps.3': 'Jeśli używasz hasła aplikacji, utwórz nowe albo, jeszcze lepiej, wybierz „Zaloguj się przez Microsoft”.',
  'finding.auth.bad-credentials.admin': 'Logowanie SMTP jako {address}, którego używa {sender}, jest odrzucane („the user credentials were incorrect” lub „535 5.7.3 Authentication unsuccessful”), choć hasło zostało przeze mnie sprawdzone. Czy można sprawdzić, czy moje konto nie jest zablokowane albo hasło nie wygasło, oraz czy opcja „Uwierzytelniony SMTP” jest włączona dla mojej skrzynki?',

  'finding.auth.federation-failure.title': 'Usługa logowania Twojej organizacji nie odpowiedziała',
  'finding.auth.federation-failure.explanation': 'Twoja organizacja loguje Cię przez własną usługę logowania, a Microsoft nie mógł się z nią połączyć lub jej użyć. Problem leży po stronie organizacji, nie Twojego hasła.',
  'finding.auth.federation-failure.steps.1': 'Odczekaj kilka minut i przetestuj ponownie.',
  'finding.auth.federation-failure.steps.2': 'Jeśli błąd się powtarza, wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.federation-failure.admin': 'Logowanie SMTP dla {address} kończy się błędem „federated STS service was unreachable” (lub „the federated STS URL does not support HTTPS”). Czy można sprawdzić, czy nasza usługa federacyjna (AD FS lub nasz dostawca tożsamości) jest dostępna z Microsoft 365 przez HTTPS?',

  'finding.auth.rejected.title': 'Serwer odrzucił logowanie',
  'finding.auth.rejected.explanation': 'Serwer poczty odmówił zalogowania bez przyczyny, którą ta aplikacja rozpoznaje. Jego dokładna odpowiedź trafi do wiadomości dla administratora IT.',
  'finding.auth.rejected.steps.1': 'Sprawdź nazwę użytkownika (pełny adres e-mail) i hasło.',
  'finding.auth.rejected.steps.2': 'Wybierz „Zaloguj się przez Microsoft”, jeśli Twoje konto to obsługuje.',
  'finding.auth.rejected.steps.3': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.auth.rejected.admin': 'Logowanie SMTP do serwera {host} jako {address}, którego używa {sender}, jest odrzucane. Czy można sprawdzić, czy opcja „Uwierzytelniony SMTP” jest włączona dla mojej skrzynki i czy logowania nie blokują zasady (przyczynę pokazuje dziennik logowania Microsoft Entra)?',

  'finding.auth.unexpected-reply.title': 'Serwer nietypowo odpowiedział na logowanie',
  'finding.auth.unexpected-reply.explanation': 'Serwer poczty nie odpowiedział na logowanie ani „tak”, ani „nie”: jego odpowiedź nie oznacza udanego logowania. Dlatego ta aplikacja nie wie, czy Twoje hasło działa, i go nie zapamięta.',
  'finding.auth.unexpected-reply.steps.1': 'Nie zmieniaj z tego powodu hasła: może być całkiem poprawne.',
  'finding.auth.unexpected-reply.steps.2': 'Wyślij poniższą wiadomość do administratora IT, który może sprawdzić serwer poczty.',
  'finding.auth.unexpected-reply.admin': 'Gdy loguję się do serwera {host} na porcie {port} jako {address}, serwer kończy wymianę AUTH odpowiedzią inną niż 235, więc klient nie może uznać logowania za udane (RFC 4954, sekcja 6: 235 oznacza udane uwierzytelnienie). Czy można sprawdzić, skąd pochodzi zacytowana niżej odpowiedź: z serwera czy z czegoś, co po drodze zmienia ruch SMTP (serwer proxy, osłona poczty w programie antywirusowym)?',

  'finding.auth.mechanism-unsupported.title': 'Serwer nie obsługuje metody logowania aplikacji',
  'finding.auth.mechanism-unsupported.explanation': 'Aplikacja próbowała metody logowania, której serwer nie oferuje. Serwery Microsoft akceptują tylko LOGIN i logowanie przez Microsoft (XOAUTH2), nigdy PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Wysyłaj przez {m365Host}: adres Twojej organizacji w domenie {mxSuffix} w ogóle nie przyjmuje logowania.',
  'finding.auth.mechanism-unsupported.steps.2': 'W ustawieniach aplikacji wybierz „Zaloguj się przez Microsoft” albo metodę hasła LOGIN.',
  'finding.auth.mechanism-unsupported.admin': 'Serwer {host} odpowiada „504 5.7.4 Unrecognized authentication type” na metodę logowania, której używa {sender}. Microsoft 365 oferuje AUTH LOGIN i XOAUTH2 na {m365Host}, port {m365Port}, po STARTTLS. Proszę o pomoc w takiej konfiguracji.',

  'finding.auth.not-offered.title': 'Serwer nie zaoferował logowania',
  'finding.auth.not-offered.explanation': 'Po zabezpieczeniu połączenia serwer nie podał żadnej metody logowania, więc nie dało się sprawdzić Twojego konta. Może to być przekaźnik, który nie przyjmuje logowania, albo nazwa jest błędna.',
  'finding.auth.not-offered.steps.1': 'Dla Microsoft 365 użyj {m365Host}, port {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Jeśli wysyłasz przez przekaźnik (adres w domenie {mxSuffix} na porcie 25), wybierz opcję bez logowania.',
  'finding.auth.not-offered.admin': 'Serwer {host} na porcie {port} nie oferuje AUTH po STARTTLS, więc moje konto nie może się zalogować. Proszę o informację, czy to właściwy serwer do wysyłania z uwierzytelnianiem, czy należy raczej użyć {m365Host} na porcie {m365Port}.',

  'finding.auth.required.title': 'Serwer wymaga najpierw zalogowania',
  'finding.auth.required.explanation': 'Serwer odmówił wysłania, bo aplikacja nie była zalogowana. Albo logowanie nie zostało skonfigurowane, albo nie powiodło się przed tym krokiem.',
  'finding.auth.required.steps.1': 'Włącz logowanie („Serwer wymaga uwierzytelniania”) z pełnym adresem e-mail.',
  'finding.auth.required.steps.2': 'Ustaw zabezpieczenia STARTTLS: Microsoft oferuje logowanie tylko przez zabezpieczone połączenie.',
  'finding.auth.required.steps.3': 'Jeśli wcześniej pojawił się błąd logowania, najpierw napraw tamten.',
  'finding.auth.required.admin': 'Serwer {host} odpowiada „530 5.7.57 Client not authenticated to send mail”, gdy wysyła {sender}. Włączam uwierzytelnianie. Jeśli logowanie nie jest możliwe, czy można skonfigurować Direct Send lub przekazywanie przez łącznik?',
};
