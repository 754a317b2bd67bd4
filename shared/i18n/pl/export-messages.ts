import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** Polish: exports — input checks, Apple profiles, classic Outlook .prf, Thunderbird autoconfig, the settings sheet and the diagnostic report. */
export const exportMessages: Translation<typeof source> = {
  // {field} is one of export.field.* (nominative, capitalised): it starts the sentence.
  'export.invalid.control-characters': '{field} zawiera znak nowego wiersza, NUL lub inny znak sterujący.',
  'export.invalid.address': '„{value}” nie jest adresem e-mail w postaci nazwa@example.com.',
  'export.invalid.host': '„{value}” nie jest nazwą serwera w postaci smtp.example.com.',
  'export.invalid.port': 'Port musi być liczbą całkowitą od 1 do 65535.',
  'export.invalid.text-too-long': '{field} ma więcej niż {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'export.invalid.field': '{field} ma nieprawidłową wartość: {reason}',
  'export.invalid.preset': 'Nieznane ustawienie wstępne „{value}”. Użyj jednego z: {list}.',
  'export.invalid.host-required': 'To ustawienie wstępne nie ma stałego serwera; podaj nazwę serwera poczty wychodzącej.',
  'export.invalid.incoming-required':
    'Ten eksport wymaga serwera poczty przychodzącej (IMAP lub POP). To ustawienie wstępne go nie ma; podaj go ręcznie.',
  'export.invalid.relay-not-for-mail-apps':
    'Ustawienie przekaźnika jest dla drukarek i aplikacji, które tylko wysyłają pocztę; aplikacje pocztowe nie mogą z niego korzystać. Zamiast tego wyeksportuj instrukcję z ustawieniami.',
  'export.invalid.not-windows-1252': '{field} zawiera znaki, których nie obsługują pliki profilu klasycznego programu Outlook dla systemu Windows (.prf). Użyj zwykłych liter łacińskich (bez polskich znaków).',
  'export.invalid.prf-incoming-starttls': 'Pliki profilu klasycznego programu Outlook dla systemu Windows mogą ustawić dla poczty przychodzącej tylko SSL/TLS albo brak szyfrowania, nie STARTTLS.',
  'export.invalid.probe-result': 'Ten plik nie jest zapisanym wynikiem testu z tej aplikacji: {reason}',

  'export.field.address': 'Adres e-mail',
  'export.field.displayName': 'Imię i nazwisko',
  'export.field.organization': 'Organizacja',
  'export.field.description': 'Opis konta',
  'export.field.host': 'Serwer poczty wychodzącej',
  'export.field.port': 'Port poczty wychodzącej',
  'export.field.username': 'Nazwa użytkownika',
  'export.field.incomingHost': 'Serwer poczty przychodzącej',
  'export.field.incomingPort': 'Port poczty przychodzącej',
  'export.field.incomingUsername': 'Nazwa użytkownika poczty przychodzącej',

  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Brak (bez szyfrowania)',
  'export.value.auth.oauth2': 'Logowanie przez Microsoft (nowoczesne uwierzytelnianie, OAuth2)',
  'export.value.auth.password': 'Hasło',
  'export.value.auth.none': 'Bez logowania (serwer ufa Twojej sieci lub urządzeniu)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Poczta: {address}',
  'export.mobileconfig.description.password':
    'Dodaje konto pocztowe {address} do aplikacji Mail ({protocol} dla poczty przychodzącej, SMTP dla wychodzącej). Hasło trzeba podać raz, podczas instalacji; nie ma go w tym pliku.',
  'export.mobileconfig.description.eas':
    'Dodaje {address} do aplikacji Mail na iPhonie lub iPadzie jako konto Microsoft Exchange logujące się przez Microsoft. Ten plik nie zawiera hasła.',
  'export.mobileconfig.description.ews':
    'Dodaje {address} do aplikacji Mail na Macu jako konto Microsoft Exchange (EWS) logujące się przez Microsoft. Exchange Online blokuje EWS od {blockedFrom}, chyba że dział IT na to zezwoli, i wyłącza je {off}; potem używaj programu Outlook dla komputerów Mac.',
  'export.mobileconfig.payload.mail': 'Konto {protocol} i SMTP',
  'export.mobileconfig.payload.exchange': 'Konto Microsoft Exchange',
  'export.note.mobileconfig.no-oauth':
    'Ustawienia poczty w profilu Apple (IMAP/POP i SMTP) nie obsługują logowania przez Microsoft (OAuth), więc utworzyłyby konto, które nigdy się nie zaloguje. Dlatego ten profil dodaje skrzynkę jako konto Microsoft Exchange z logowaniem przez Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Ten profil dla Maca używa Exchange Web Services (EWS) — jedynej drogi, którą Apple Mail na Macu łączy się z Exchange Online (Konta internetowe › Microsoft Exchange to również EWS). Exchange Online blokuje EWS od {blockedFrom}, chyba że dzierżawa na to zezwala, i wyłącza je {off}. Zalecaną aplikacją jest Outlook dla komputerów Mac.',
  'export.note.mobileconfig.ios-only': 'Ten profil jest tylko dla iPhone’a i iPada (komputery Mac nie mogą instalować profili Exchange ActiveSync).',
  'export.note.mobileconfig.password-prompt':
    'Profil nie zawiera hasła: Mail poprosi o nie raz, podczas instalacji profilu.',
  'export.note.mobileconfig.ssl-587':
    'Apple nie podaje, czy opcja „Użyj SSL” na porcie 587 oznacza STARTTLS; po instalacji przetestuj wysyłanie.',

  // Classic Outlook .prf. The comment is written into the file in Windows-1252: no Polish diacritics there.
  'export.prf.comment': 'Mail Setup Assistant: konto klasycznego programu Outlook dla {address}. Plik nie zawiera hasla.',
  'export.note.prf.caveat':
    'Microsoft nie zaleca plików .prf dla programu Outlook 2016 i nowszych (KB 4046818). Nadal dodają one konta IMAP i POP, ale nie obsługują logowania przez Microsoft (OAuth) i nie zawierają hasła: Outlook o nie poprosi.',
  'export.note.prf.microsoft': 'To jest skrzynka Microsoft. Plik .prf nie obsługuje logowania przez Microsoft, więc dla niej nie zadziała. W klasycznym programie Outlook dla systemu Windows wybierz Plik › Dodaj konto, wpisz adres i zaloguj się.',
  'export.note.prf.run-cmd':
    'Trzymaj plik .cmd obok pliku .prf, zamknij program Outlook, a potem kliknij dwukrotnie plik .cmd.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird nie ma polecenia „otwórz ten plik”. Opublikuj plik pod adresem https://autoconfig.{domain}/mail/config-v1.1.xml albo skopiuj go jako {domain}.xml do folderu „isp” w katalogu instalacji Thunderbirda.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird zna już ustawienia Microsoft 365 i Outlook.com, w tym logowanie przez Microsoft; ten plik jest potrzebny tylko po to, by je zastąpić.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird loguje się przez OAuth2 tylko na znanych sobie serwerach; może nie znać serwera {host} i wtedy zgłasza „Lacking OAuth2 config”.',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet („instrukcja z ustawieniami”)
  'export.sheet.title': 'Ustawienia poczty dla {address}',
  'export.sheet.app-title': '{app}: ustawienia poczty dla {address}',
  'export.sheet.no-password': 'Ta instrukcja nie zawiera hasła.',
  'export.sheet.intro':
    'Zachowaj tę instrukcję. Zawiera ustawienia Twojej skrzynki i kroki dla każdej aplikacji pocztowej. Nie zawiera hasła.',
  'export.sheet.created': 'Data utworzenia: {date}',
  'export.sheet.settings.heading': 'Twoje ustawienia',
  'export.sheet.settings.address': 'Adres e-mail',
  'export.sheet.settings.username': 'Nazwa użytkownika',
  'export.sheet.settings.sign-in': 'Logowanie',
  'export.sheet.settings.outgoing': 'Poczta wychodząca (SMTP)',
  'export.sheet.settings.incoming': 'Poczta przychodząca ({protocol})',
  'export.sheet.settings.server': 'Serwer {host}, port {port}, szyfrowanie {security}',
  'export.sheet.notes.heading': 'Warto wiedzieć',
  'export.sheet.note.microsoft-sign-in':
    'Twoja skrzynka loguje się przez Microsoft. W każdej aplikacji wybierz „Dodaj konto”, wpisz swój adres i zaloguj się na stronie Microsoft. Tabela serwerów to tylko rozwiązanie zapasowe dla aplikacji, które o nią poproszą.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com domyślnie wyłącza POP i IMAP. Tylko jeśli aplikacja poprosi o ustawienia IMAP lub POP: włącz je na outlook.com › Ustawienia › Poczta › Przekazywanie dalej i IMAP.',
  'export.sheet.note.basic-auth-2026': 'Z końcem miesiąca {basicOffMonth} Microsoft domyślnie wyłączy logowanie hasłem przy wysyłaniu (SMTP AUTH); administrator może je ponownie włączyć. Aplikacje logujące się przez Microsoft będą działać dalej.',
  'export.sheet.note.relay':
    'To ustawienie jest dla drukarek, skanerów i aplikacji, które wysyłają pocztę bez logowania. Administrator IT musi dopuścić urządzenie w Microsoft 365 (łącznik dla jego publicznego adresu IP lub certyfikatu). Przekaż te wartości osobie, która konfiguruje urządzenie.',
  'export.sheet.note.send-only':
    'Te ustawienia są dla drukarek, skanerów i aplikacji, które tylko wysyłają pocztę. Przekaż je osobie, która konfiguruje urządzenie.',
  'export.sheet.note.no-password': 'Aplikacja poprosi o hasło. Nikt z działu IT nie poprosi Cię o jego zapisanie.',
  'export.sheet.steps.heading': 'Krok po kroku',

  'export.sheet.step.new-outlook.open': 'Otwórz program Outlook i wybierz Ustawienia (koło zębate) › Konta › Konta e-mail › Dodaj konto.',
  'export.sheet.step.new-outlook.address': 'Wpisz {address} i wybierz Kontynuuj.',
  'export.sheet.step.new-outlook.sign-in': 'Zaloguj się na stronie Microsoft. Outlook sam znajdzie serwery.',
  'export.sheet.step.new-outlook.manual':
    'Jeśli Outlook zapyta o rodzaj konta, wybierz {protocol}. Wpisz serwery poczty przychodzącej i wychodzącej, porty i szyfrowanie z powyższej tabeli.',
  'export.sheet.step.new-outlook.password': 'Gdy pojawi się prośba, wpisz hasło i wybierz Kontynuuj.',

  'export.sheet.step.classic-outlook.open': 'Otwórz program Outlook i wybierz Plik › Dodaj konto.',
  'export.sheet.step.classic-outlook.address': 'Wpisz {address} i wybierz Połącz.',
  'export.sheet.step.classic-outlook.sign-in': 'Zaloguj się na stronie Microsoft, a potem wybierz Gotowe.',
  'export.sheet.step.classic-outlook.advanced':
    'Wybierz Opcje zaawansowane, zaznacz „Pozwól mi ręcznie skonfigurować moje konto”, wybierz Połącz, a potem {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Wpisz serwery poczty przychodzącej i wychodzącej, porty i metodę szyfrowania z powyższej tabeli, a potem wybierz Dalej.',
  'export.sheet.step.classic-outlook.password': 'Wpisz hasło i wybierz Połącz.',
  'export.sheet.step.classic-outlook.prf':
    'Jeśli dział IT przekazał Ci plik .cmd z plikiem .prf obok: zamknij program Outlook i kliknij dwukrotnie plik .cmd. Microsoft nie zaleca już plików .prf, więc jeśli to nie zadziała, wykonaj powyższe kroki.',

  'export.sheet.step.outlook-mac.open': 'Otwórz program Outlook i wybierz Outlook › Ustawienia › Konta, a potem przycisk + › Nowe konto.',
  'export.sheet.step.outlook-mac.address': 'Wpisz {address} i wybierz Kontynuuj.',
  'export.sheet.step.outlook-mac.sign-in': 'Zaloguj się na stronie Microsoft, a potem wybierz Gotowe.',
  'export.sheet.step.outlook-mac.manual':
    'Jeśli Outlook zapyta o dostawcę, wybierz {protocol} i wpisz serwery, porty i nazwę użytkownika z powyższej tabeli.',
  'export.sheet.step.outlook-mac.password': 'Wpisz hasło i wybierz Dodaj konto.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail na Macu łączy się z Microsoft 365 tylko przez Exchange Web Services (EWS), także wtedy, gdy konto zostanie dodane przez Ustawienia systemowe › Konta internetowe › Microsoft Exchange. Microsoft blokuje EWS od {blockedFrom}, chyba że dział IT na to zezwoli, i wyłącza je {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Zamiast tego użyj programu Outlook dla komputerów Mac (kroki powyżej), chyba że dział IT poinformuje, że EWS jest dozwolone w Twojej organizacji.',
  'export.sheet.step.apple-mail.other': 'Otwórz Mail i wybierz Mail › Dodaj konto › Inne konto Mail, a potem Dalej.',
  'export.sheet.step.apple-mail.other-details': 'Wpisz swoje imię i nazwisko, {address} oraz hasło, a potem wybierz Zaloguj się.',
  'export.sheet.step.apple-mail.other-servers':
    'Jeśli Mail zapyta o serwery, wybierz {protocol} i wpisz serwery poczty przychodzącej i wychodzącej z powyższej tabeli.',
  'export.sheet.step.apple-mail.profile':
    'Jeśli dział IT przekazał Ci plik .mobileconfig: kliknij go dwukrotnie, a potem otwórz Ustawienia systemowe › Ogólne › Zarządzanie urządzeniem (w macOS 14: Prywatność i ochrona › Profile) i wybierz Zainstaluj.',

  'export.sheet.step.iphone.exchange': 'Otwórz Ustawienia › Aplikacje › Mail › Konta Mail › Dodaj konto i wybierz Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Wpisz {address}, wybierz Dalej, a potem Zaloguj się i dokończ logowanie na stronie Microsoft.',
  'export.sheet.step.iphone.other': 'Otwórz Ustawienia › Aplikacje › Mail › Konta Mail › Dodaj konto › Inne › Dodaj konto Mail.',
  'export.sheet.step.iphone.other-details':
    'Wpisz swoje imię i nazwisko, {address} oraz hasło, wybierz {protocol} i wpisz serwery z powyższej tabeli.',
  'export.sheet.step.iphone.profile': 'Jeśli dział IT przekazał Ci plik .mobileconfig: otwórz go, a potem otwórz Ustawienia, wybierz Pobrany profil i wybierz Zainstaluj (masz na to {duration}).',

  'export.sheet.source': 'Źródło tych wartości: {source}',

  // Diagnostic report
  'export.report.title': 'Raport z testu połączenia z pocztą',
  'export.report.intro':
    'Ten raport pokazuje, co się działo, gdy aplikacja testowała serwer poczty. Hasła, tokeny i dane logowania zostały usunięte. Wyślij go administratorowi IT.',
  'export.report.created': 'Data utworzenia: {date}',
  'export.report.summary.heading': 'Podsumowanie',
  'export.report.summary.verdict': 'Wynik',
  'export.report.summary.server': 'Serwer',
  'export.report.summary.security': 'Szyfrowanie',
  'export.report.summary.sign-in': 'Logowanie',
  'export.report.summary.user': 'Nazwa użytkownika',
  'export.report.summary.started': 'Czas testu',
  'export.report.summary.duration': 'Czas trwania',
  'export.report.verdict.pass': 'Działa',
  'export.report.verdict.warn': 'Działa, z ostrzeżeniami',
  'export.report.verdict.fail': 'Nie działa',
  'export.report.verdict.cancelled': 'Anulowano',
  'export.report.findings.heading': 'Co znaleziono',
  'export.report.findings.none': 'Nie znaleziono problemów.',
  'export.report.stages.heading': 'Kroki testu',
  'export.report.stages.step': 'Krok',
  'export.report.stages.status': 'Wynik',
  'export.report.stages.time': 'Czas',
  'export.report.stages.detail': 'Szczegóły',
  'export.report.status.pass': 'powodzenie',
  'export.report.status.warn': 'ostrzeżenie',
  'export.report.status.fail': 'niepowodzenie',
  'export.report.status.skipped': 'pominięto',
  'export.report.tls.heading': 'Szyfrowanie i certyfikat',
  'export.report.tls.none': 'Nie nawiązano szyfrowanego połączenia.',
  'export.report.tls.protocol': 'Protokół',
  'export.report.tls.cipher': 'Szyfr',
  'export.report.tls.verified': 'Certyfikat zaufany',
  'export.report.tls.diagnosis': 'Diagnoza',
  'export.report.tls.verify-error': 'Błąd weryfikacji',
  'export.report.tls.system-store': 'Zaufany tylko dzięki magazynowi certyfikatów systemu operacyjnego',
  'export.report.tls.interceptor': 'Przechwycone przez',
  'export.report.tls.chain': 'Certyfikat nr {n} w łańcuchu',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, wystawca: {issuer}, ważny od {from} do {to}, nazwy: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Co oferował serwer',
  'export.report.capabilities.extensions': 'Rozszerzenia',
  'export.report.capabilities.auth': 'Metody logowania',
  'export.report.transcript.heading': 'Rozmowa z serwerem (bez poufnych danych)',
  'export.report.yes': 'tak',
  'export.report.no': 'nie',
  'export.report.stage.resolve': 'Wyszukanie nazwy serwera',
  'export.report.stage.connect': 'Połączenie',
  'export.report.stage.greeting': 'Powitanie serwera',
  'export.report.stage.ehlo': 'Przedstawienie się (EHLO)',
  'export.report.stage.starttls': 'Rozpoczęcie szyfrowania (STARTTLS)',
  'export.report.stage.tls': 'Szyfrowane połączenie (TLS)',
  'export.report.stage.ehlo-tls': 'Ponowne przedstawienie się, z szyfrowaniem',
  'export.report.stage.auth': 'Logowanie',
  'export.report.stage.mail-from': 'Nadawca przyjęty',
  'export.report.stage.rcpt-to': 'Odbiorca przyjęty',
  'export.report.stage.data': 'Wiadomość testowa wysłana',
  'export.report.stage.quit': 'Pożegnanie',

  'export.cli.password-refused':
    'Eksport nigdy nie zawiera hasła ani tokenu, więc to polecenie ich nie przyjmuje. Usuń {flag}.',
  'export.write.failed': 'Nie można zapisać {path}: {reason}',
};
