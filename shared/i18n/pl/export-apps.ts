import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** Polish: what works in each mail app — headlines, steps, notes and files. */
export const exportApps: Translation<typeof source> = {
  // {app} is one of these names; sentences keep it as a subject or after a colon, so it never needs a case ending.
  'exportApps.app.outlook-classic': 'Klasyczny program Outlook dla systemu Windows',
  'exportApps.app.outlook-new': 'Nowy program Outlook dla systemu Windows',
  'exportApps.app.outlook-mac': 'Outlook dla komputerów Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail na Macu',
  'exportApps.app.ios': 'Mail na iPhonie lub iPadzie',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Drukarka, skaner lub aplikacja wysyłająca pocztę',

  'exportApps.headline.add-by-address': '{app} skonfiguruje się na podstawie Twojego adresu: wykonaj trzy poniższe kroki i zaloguj się przez Microsoft.',
  'exportApps.headline.manual': '{app} nie ma pliku ustawień dla tego konta: wykonaj poniższe kroki, korzystając z pokazanych ustawień.',
  'exportApps.headline.prf': 'Zapisz plik ustawień ({app}) albo wykonaj poniższe kroki.',
  'exportApps.headline.profile': 'Zapisz profil i otwórz go na urządzeniu albo wykonaj poniższe kroki.',
  'exportApps.headline.mac-mail-microsoft': 'Apple Mail na Macu nie jest pewnym wyborem dla tej skrzynki: użyj programu Outlook dla komputerów Mac (kroki poniżej).',
  'exportApps.headline.thunderbird': 'Thunderbird sam znajdzie ustawienia: wykonaj poniższe kroki.',
  'exportApps.headline.device': 'Zapisz lub wydrukuj instrukcję z ustawieniami i wpisz jej wartości w urządzeniu.',
  'exportApps.headline.not-a-mailbox': 'Te ustawienia służą tylko do wysyłania poczty, więc {app} nie może z nich korzystać. Zamiast tego wybierz „Drukarka, skaner lub aplikacja” albo wróć i podaj swoją skrzynkę.',
  'exportApps.steps.title.outlook-classic': 'Skonfiguruj klasyczny program Outlook dla systemu Windows',
  'exportApps.steps.title.outlook-new': 'Skonfiguruj nowy program Outlook dla systemu Windows',
  'exportApps.steps.title.outlook-mac': 'Skonfiguruj program Outlook dla komputerów Mac',
  'exportApps.steps.title.apple-mail-mac': 'Skonfiguruj Apple Mail na Macu',
  'exportApps.steps.title.ios': 'Skonfiguruj aplikację Mail na iPhonie lub iPadzie',
  'exportApps.steps.title.thunderbird': 'Skonfiguruj program Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Zalecane: skonfiguruj Outlook dla komputerów Mac',
  'exportApps.steps.title.profile': 'Zainstaluj profil',
  'exportApps.steps.title.device': 'Wpisz te ustawienia w urządzeniu',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'W programie Outlook wybierz Plik › Dodaj konto.',
  'exportApps.step.new.open': 'W programie Outlook wybierz Ustawienia (koło zębate) › Konta › Konta e-mail › Dodaj konto.',
  'exportApps.step.mac.open': 'W programie Outlook wybierz Outlook › Ustawienia › Konta, a potem + › Nowe konto.',
  'exportApps.step.outlook.address': 'Wpisz {address} i wybierz Kontynuuj.',
  'exportApps.step.classic.address': 'Wpisz {address} i wybierz Połącz.',
  'exportApps.step.outlook.sign-in': 'Zaloguj się na stronie Microsoft. Outlook sam znajdzie serwery; wybierz Gotowe.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Wybierz Opcje zaawansowane, zaznacz „Pozwól mi ręcznie skonfigurować moje konto”, wybierz Połącz, a potem {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Jeśli Outlook zapyta o rodzaj konta, wybierz {protocol}, a potem wpisz serwery, porty i szyfrowanie z pokazanych tu ustawień.',
  'exportApps.step.outlook.password': 'Wpisz hasło, gdy Outlook o nie poprosi. Zostaje ono w programie Outlook; żaden plik go nie zawiera.',
  'exportApps.step.classic.prf': 'Albo: zapisz plik ustawień, zamknij program Outlook i kliknij dwukrotnie plik .cmd zapisany obok.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'W aplikacji Mail wybierz Mail › Dodaj konto › Inne konto Mail, wpisz swoje imię i nazwisko, {address} oraz hasło, a potem wybierz Zaloguj się.',
  'exportApps.step.mac-mail.manual-servers': 'Jeśli Mail zapyta o serwery, wybierz {protocol} i wpisz serwery z pokazanych tu ustawień.',
  'exportApps.step.mac.profile-open': 'Kliknij dwukrotnie zapisany profil. macOS poinformuje, że profil został pobrany i trzeba go przejrzeć.',
  'exportApps.step.mac.profile-install': 'Otwórz Ustawienia systemowe › Ogólne › Zarządzanie urządzeniem (w macOS 14: Prywatność i ochrona › Profile), wybierz profil, a potem Zainstaluj. Mail poprosi o hasło.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Przenieś zapisany profil na iPhone’a lub iPada: wyślij go przez AirDrop z Maca albo wyślij go e-mailem do siebie i otwórz załącznik w aplikacji Mail na tym urządzeniu. Nie pakuj go do pliku ZIP i nie zmieniaj jego nazwy.',
  'exportApps.step.ios.install': 'Otwórz Ustawienia, wybierz Pobrany profil, a potem Zainstaluj i postępuj zgodnie z instrukcjami w ciągu {minutes, plural, one {# minuty} few {# minut} many {# minut} other {# minuty}} (potem iOS usuwa profil).',
  'exportApps.step.ios.sign-in': 'Zaloguj się przez Microsoft, gdy pojawi się prośba. Konto zostanie dodane do aplikacji Mail, Kalendarz i Kontakty.',
  'exportApps.step.ios.password': 'Wpisz hasło, gdy pojawi się prośba; nie ma go w profilu.',
  'exportApps.step.ios.manual-exchange': 'Bez pliku: Ustawienia › Aplikacje › Mail › Konta Mail › Dodaj konto › Microsoft Exchange, wpisz {address}, a potem wybierz Zaloguj się.',
  'exportApps.step.ios.manual-other': 'Bez pliku: Ustawienia › Aplikacje › Mail › Konta Mail › Dodaj konto › Inne › Dodaj konto Mail; wybierz {protocol} i wpisz pokazane tu serwery.',

  // Thunderbird (labels from Thunderbird’s Polish localisation).
  'exportApps.step.thunderbird.open': 'W Thunderbirdzie otwórz menu › Konfiguracja kont › Czynności › Dodaj konfigurację konta pocztowego…',
  'exportApps.step.thunderbird.address': 'Wpisz swoje imię i nazwisko oraz {address}, a potem wybierz Kontynuuj.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird znajdzie ustawienia Microsoft. Wybierz Gotowe i zaloguj się przez Microsoft w oknie, które się otworzy.',
  'exportApps.step.thunderbird.password': 'Wpisz hasło. Jeśli Thunderbird znajdzie inne serwery niż pokazane tutaj, wybierz Konfiguruj ręcznie i wpisz te.',

  // Devices.
  'exportApps.step.device.server': 'W ustawieniach poczty e-mail (SMTP) urządzenia wpisz: serwer {host}, port {port}, szyfrowanie {security}.',
  'exportApps.step.device.user': 'Nazwa użytkownika: {user}. Logowanie: {auth}.',
  'exportApps.step.device.no-user': 'Logowanie: brak. Serwer przyjmuje urządzenie, bo dział IT na to zezwolił.',
  'exportApps.step.device.test': 'Wyślij z urządzenia wiadomość testową na swój adres.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'Bez pliku ustawień: w klasycznym programie Outlook dla systemu Windows pliki .prf nie obsługują logowania przez Microsoft (nowoczesnego uwierzytelniania), więc taki plik nigdy nie zadziałałby dla tej skrzynki.',
  'exportApps.note.prf-password-only': 'Plik .prf klasycznego programu Outlook dla systemu Windows może zawierać tylko konto IMAP lub POP z hasłem, nigdy samo hasło. Microsoft nie zaleca już plików .prf, więc pewniejszym sposobem są kroki.',
  'exportApps.note.new-outlook-no-file': 'Nowy program Outlook dla systemu Windows w ogóle nie ma pliku ustawień: każde konto dodaje się, wpisując adres.',
  'exportApps.note.outlook-mac-no-file': 'Outlook dla komputerów Mac nie ma pliku ustawień kont: konto dodaje się, wpisując adres.',
  'exportApps.note.outlook-finds-it': 'Outlook znajduje skrzynkę dzięki usłudze Autodiscover firmy Microsoft. Sprawdzenie poniżej pyta tę usługę z tego komputera, czy zna adres {address}.',
  'exportApps.note.password-tested':
    'Wysyłanie zostało przetestowane z hasłem (SMTP AUTH). Outlook i telefony go nie potrzebują: logują się przez Microsoft. Microsoft domyślnie wyłączy logowanie hasłem przy wysyłaniu do {date}.',
  'exportApps.note.mac-mail-ews':
    'Apple Mail, Kalendarz i Kontakty na Macu łączą się z Microsoft 365 tylko przez Exchange Web Services (EWS); Ustawienia systemowe › Konta internetowe › Microsoft Exchange też używają EWS. Microsoft blokuje EWS od {blockedFrom}, chyba że dział IT na to zezwoli, i wyłącza je na dobre {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail dodaje Outlook.com jako konto Microsoft Exchange (EWS). Microsoft wycofuje EWS (zablokowane od {blockedFrom}, chyba że administrator zezwoli; wyłączone {off}) i nie podał, czy dotyczy to osobistych kont Outlook.com (nie znaleziono takiej informacji). Outlook dla komputerów Mac działa w każdym przypadku.',
  'exportApps.note.ews-allowed': 'Dział IT zezwala na EWS, więc dostępny jest profil dla Maca. Przestanie on działać {off}, gdy Microsoft wyłączy EWS dla wszystkich.',
  'exportApps.note.ews-not-allowed': 'Brak profilu dla Maca: ustawienia domyślne Twojej organizacji nie mówią, że EWS jest dozwolone, a bez tego profil nie może się zalogować.',
  'exportApps.note.ios-activesync': 'iPhone i iPad używają Exchange ActiveSync, którego wycofanie EWS nie dotyczy.',
  'exportApps.note.signed': 'Podpisano przez Twoją organizację: iPhone, iPad lub Mac pokazuje profil jako „Zweryfikowany”.',
  'exportApps.note.unsigned':
    'Bez podpisu (dział IT nie skonfigurował certyfikatu do podpisywania): urządzenie pokazuje profil jako „Niepodpisany” lub „Niezweryfikowany” i prosi o dodatkowe potwierdzenie. To normalne w przypadku pliku z tej aplikacji.',
  'exportApps.note.no-password-profile-outlook-com': 'Brak profilu poczty z hasłem: Outlook.com akceptuje tylko logowanie przez Microsoft.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird zna już ustawienia Microsoft i sam loguje się przez Microsoft; żaden plik nie jest potrzebny.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird nie ma polecenia „otwórz plik ustawień”; wyszukuje ustawienia albo je odgaduje. Dział IT może je opublikować dla całej domeny (zobacz „Dla IT”).',
  'exportApps.note.not-a-mailbox': 'Ustawienia przekaźnika, Direct Send i smart hosta nie mają skrzynki, z której można czytać pocztę.',
  'exportApps.note.incoming-needed': 'Aby zapisać plik ustawień, podaj serwer poczty przychodzącej (IMAP lub POP) wskazany przez Twojego dostawcę.',
  'exportApps.note.device.basic-auth':
    'Urządzenie logujące się hasłem używa SMTP AUTH, które Microsoft domyślnie wyłączy w istniejących organizacjach do {date}; na razie dział IT może je ponownie włączyć. Urządzenia, które potrafią logować się przez Microsoft (OAuth), będą działać dalej.',
  'exportApps.note.device.alternatives':
    'Urządzenie, które nie może się logować, może używać Direct Send (tylko do Twojej organizacji) albo łącznika przekazywania SMTP, który dział IT skonfiguruje dla jego adresu. Zapytaj dział IT.',
  'exportApps.note.device.outlook-com': 'Od {date} Outlook.com akceptuje tylko logowanie przez Microsoft: urządzenie, które nie potrafi logować się przez Microsoft, nie może wysyłać przez Outlook.com.',
  'exportApps.note.device.relay':
    'Bez logowania: dział IT musi dopuścić urządzenie w Microsoft 365 (łącznik dla jego publicznego adresu IP lub certyfikatu). Direct Send dostarcza pocztę tylko do Twojej organizacji.',
  'exportApps.note.device.password': 'Hasło przechowuje urządzenie; instrukcja nigdy go nie zawiera.',
  'exportApps.note.report-none': 'Raport diagnostyczny opisuje test przeprowadzony od uruchomienia aplikacji. Przetestuj te ustawienia (albo wybierz Testuj ponownie w Zapisanych ustawieniach), aby go dodać.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profil dla iPhone’a i iPada (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Dodaje {address} jako konto Microsoft Exchange logujące się przez Microsoft. Nie zawiera hasła.',
  'exportApps.file.mobileconfig-ios.what.password': 'Dodaje {address} z serwerami poczty przychodzącej i wychodzącej. Urządzenie poprosi o hasło.',
  'exportApps.file.mobileconfig-macos.title': 'Profil dla Apple Mail na Macu (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Dodaje {address} z serwerami poczty przychodzącej i wychodzącej. Mail poprosi o hasło.',
  'exportApps.file.mobileconfig-ews.title': 'Profil dla Maca, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Dodaje {address} do Apple Mail jako konto Microsoft Exchange (EWS) logujące się przez Microsoft.',
  'exportApps.file.prf.title': 'Plik ustawień klasycznego programu Outlook dla systemu Windows (.prf i .cmd)',
  'exportApps.file.prf.what': 'Dodaje {address} do klasycznego programu Outlook dla systemu Windows po dwukrotnym kliknięciu pliku .cmd. Outlook poprosi o hasło.',
  'exportApps.file.autoconfig.title': 'Plik autoconfig dla Thunderbirda (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'Dla działu IT — do opublikowania pod adresem https://autoconfig.{domain}/mail/config-v1.1.xml, aby Thunderbird znajdował te ustawienia dla wszystkich w domenie {domain}.',
  'exportApps.file.sheet-pdf.title': 'Instrukcja z ustawieniami (PDF)',
  'exportApps.file.sheet-pdf.what': 'Ustawienia i kroki dla: {app} — do wydrukowania lub zachowania.',
  'exportApps.file.sheet.title': 'Instrukcja z ustawieniami dla wszystkich aplikacji (strona HTML)',
  'exportApps.file.sheet.what': 'Ustawienia i kroki dla każdej aplikacji pocztowej — do wysłania komuś z zespołu lub do pomocy technicznej.',
  'exportApps.file.report.title': 'Raport diagnostyczny (strona HTML i JSON)',
  'exportApps.file.report.what': 'Co wykazał ostatni test, ze szczegółami technicznymi i bez hasła — dla działu IT.',
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'plik: {title}',
  'exportApps.cli.file-saved': 'plik: {title} -> {paths}',
  'exportApps.cli.for-it': 'dla IT: {title}',
  'exportApps.cli.for-it-saved': 'dla IT: {title} -> {paths}',
  'exportApps.cli.check': 'sprawdzenie: {words}',
  'exportApps.cli.note': 'uwaga: {note}',
  'exportApps.cli.error.app': '--app musi mieć jedną z wartości: {choices}.',
};
