import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** Polish: findings about the network, TLS and the SMTP protocol. */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Ten komputer nie ma połączenia z internetem',
  'finding.network.offline.explanation': 'Test nie mógł połączyć się z żadnym serwerem, więc problemem jest połączenie, a nie ustawienia poczty. Wszystko inne w tej aplikacji działa także bez internetu.',
  'finding.network.offline.steps.1': 'Sprawdź, czy Wi-Fi lub kabel sieciowy jest podłączony.',
  'finding.network.offline.steps.2': 'Otwórz dowolną stronę internetową, aby upewnić się, że internet działa, a potem przetestuj ponownie.',
  'finding.network.offline.steps.3': 'Jeśli używasz VPN, połącz się z nim lub rozłącz i przetestuj ponownie.',
  'finding.network.offline.admin': 'Mój komputer nie ma dostępu do internetu, więc nie mogę przetestować ustawień poczty. Czy można sprawdzić moje połączenie sieciowe?',

  'finding.network.dns-failure.title': 'Nie można znaleźć nazwy serwera poczty',
  'finding.network.dns-failure.explanation': 'Komputer nie mógł odnaleźć nazwy {host}. Nazwa może zawierać literówkę albo usługa nazw w sieci (DNS) nie działa.',
  'finding.network.dns-failure.steps.1': 'Sprawdź nazwę serwera: dla Microsoft 365 jest to {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Stare nazwy regionalne, takie jak {obsoleteHost}, już nie działają. Użyj {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Jeśli strony internetowe też się nie otwierają, problem leży w sieci: spróbuj innej sieci.',
  'finding.network.dns-failure.admin': 'Mój komputer nie może rozpoznać nazwy serwera poczty {host} (zapytanie DNS kończy się błędem). Czy można sprawdzić nasze ustawienia DNS albo to, czy jakiś filtr nie blokuje tej nazwy?',

  'finding.network.port-blocked.title': 'Coś w sieci blokuje port poczty',
  'finding.network.port-blocked.explanation': 'Próba połączenia z serwerem {host} na porcie {port} pozostała bez odpowiedzi. Zwykle blokuje je zapora, program zabezpieczający lub dostawca internetu.',
  'finding.network.port-blocked.steps.1': 'Przetestuj w innej sieci, na przykład przez hotspot w telefonie. Jeśli tam działa, to ta sieć blokuje port.',
  'finding.network.port-blocked.steps.2': 'Upewnij się, że ustawiony jest port {m365Port} z STARTTLS — tak zaleca Microsoft.',
  'finding.network.port-blocked.steps.3': 'Poproś dział IT o zezwolenie na połączenia wychodzące do serwera {host} na porcie {port}.',
  'finding.network.port-blocked.admin': 'Połączenia wychodzące z mojego komputera do serwera {host} na porcie TCP {port} kończą się przekroczeniem limitu czasu. Czy można zezwolić w zaporze na ruch wychodzący TCP {port} do {host}? Microsoft 365 używa do wysyłania poczty portu {m365Port} z STARTTLS.',

  'finding.network.port-25-blocked.title': 'Dostawca internetu blokuje port 25',
  'finding.network.port-25-blocked.explanation': 'Dostawcy internetu domowego i mobilnego zwykle blokują wychodzący port 25, żeby powstrzymać spam. To nie jest problem po stronie Microsoft: użyj zamiast niego portu {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Zmień port na {m365Port} z STARTTLS i przetestuj ponownie.',
  'finding.network.port-25-blocked.steps.2': 'Jeśli musisz używać portu 25 (na przykład skaner wysyła przez przekaźnik), wysyłanie musi odbywać się z sieci biurowej.',
  'finding.network.port-25-blocked.admin': 'Port 25 do serwera {host} jest zablokowany w sieci, z której korzystam (domowi dostawcy internetu zwykle go blokują). Proszę o potwierdzenie, że mam wysyłać przez {m365Host} na porcie {m365Port} z STARTTLS, albo o informację, którego przekaźnika używać poza biurem.',

  'finding.network.connection-refused.title': 'Serwer odrzucił połączenie',
  'finding.network.connection-refused.explanation': 'Komputer pod adresem {host} odpowiedział, ale nie przyjmuje połączeń na porcie {port}. Prawdopodobnie port lub nazwa serwera są błędne.',
  'finding.network.connection-refused.steps.1': 'Sprawdź nazwę serwera i port: Microsoft 365 używa {m365Host}, port {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Jeśli ustawienia są poprawne, połączenie może odrzucać zapora lub serwer proxy: przetestuj w innej sieci.',
  'finding.network.connection-refused.admin': 'Połączenia z mojego komputera do serwera {host} na porcie {port} są odrzucane. Czy można sprawdzić, czy zapora lub serwer proxy nie odrzuca połączeń wychodzących na ten port?',

  'finding.network.connect-failed.title': 'Aplikacja nie mogła połączyć się z serwerem poczty',
  'finding.network.connect-failed.explanation': 'Aplikacja nie mogła nawiązać połączenia z serwerem poczty wychodzącej, a jej komunikat nie mówi dlaczego. Zwykle nazwa serwera lub port są błędne albo połączenie blokuje zapora lub program zabezpieczający.',
  'finding.network.connect-failed.steps.1': 'Sprawdź serwer poczty wychodzącej: dla Microsoft 365 to {m365Host}, port {m365Port}, STARTTLS (niektóre aplikacje nazywają to „TLS”).',
  'finding.network.connect-failed.steps.2': 'Port {port465} nie działa z Microsoft: zmień go na {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Przetestuj w tej aplikacji: pokaże dokładnie, w którym miejscu połączenie się zatrzymuje.',
  'finding.network.connect-failed.admin': 'Wysyłanie nie działa, bo {sender} nie może połączyć się z serwerem poczty wychodzącej (zgłasza tylko, że nie może się połączyć). Czy można sprawdzić, czy z naszej sieci dozwolony jest ruch wychodzący TCP {m365Port} do {m365Host} i czy nie blokuje go żaden program zabezpieczający?',

  'finding.network.connection-reset.title': 'Połączenie zostało przerwane',
  'finding.network.connection-reset.explanation': 'Połączenie z serwerem poczty zostało nawiązane, ale potem nagle się zamknęło. Często powodują to zapora, program zabezpieczający lub niestabilna sieć.',
  'finding.network.connection-reset.steps.1': 'Przetestuj ponownie: krótka awaria sieci mija sama.',
  'finding.network.connection-reset.steps.2': 'Jeśli to się powtarza, przetestuj w innej sieci.',
  'finding.network.connection-reset.steps.3': 'Jeśli Twój program antywirusowy skanuje pocztę, wyłącz na chwilę to skanowanie, przetestuj ponownie, a potem włącz je z powrotem.',
  'finding.network.connection-reset.admin': 'Moje połączenie z serwerem {host} na porcie {port} jest przerywane w trakcie sesji pocztowej. Czy można sprawdzić, czy zapora, serwer proxy lub skaner poczty nie przerywa ruchu SMTP do tego serwera?',

  'finding.network.greeting-timeout.title': 'Połączenie jest, ale serwer się nie przywitał',
  'finding.network.greeting-timeout.explanation': 'Połączenie zostało nawiązane, ale serwer poczty nie wysłał powitania. Zwykle ustawienie zabezpieczeń nie pasuje do portu albo coś po drodze wstrzymuje połączenie.',
  'finding.network.greeting-timeout.steps.1': 'Użyj portu {m365Port} z STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Jeśli wybrano SSL/TLS, przełącz na STARTTLS. Jeśli wybrano port {port465}, zmień go na {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Przetestuj w innej sieci, aby wykluczyć zaporę.',
  'finding.network.greeting-timeout.admin': 'Mój komputer łączy się z serwerem {host} na porcie {port}, ale powitanie SMTP serwera nigdy nie dociera. Czy można sprawdzić, czy zapora lub serwer proxy nie wstrzymuje połączeń SMTP na tym porcie?',

  // tls
  'finding.tls.mode-mismatch.title': 'Ustawienie zabezpieczeń nie pasuje do portu',
  'finding.tls.mode-mismatch.explanation': 'Aplikacja rozpoczęła szyfrowanie inaczej, niż oczekuje serwer. Port {m365Port} wymaga STARTTLS; SSL/TLS od pierwszej chwili połączenia pasuje do portu {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Ustaw port {m365Port} i zabezpieczenia STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Niektóre aplikacje nazywają STARTTLS „TLS”, a szyfrowanie od początku połączenia — „SSL”. Dla portu {m365Port} wybierz STARTTLS (lub „TLS”).',
  'finding.tls.mode-mismatch.steps.3': 'Przetestuj ponownie.',
  'finding.tls.mode-mismatch.admin': 'Ustawienie zabezpieczeń, którego używa {sender}, nie pasowało do serwera {host} na porcie {port} (pomylone STARTTLS i SSL/TLS). Zmieniam ustawienia na port {m365Port} z STARTTLS. Proszę o informację, jeśli nasza organizacja używa innych ustawień.',

  'finding.tls.port-465-unsupported.title': 'Microsoft nie obsługuje portu 465',
  'finding.tls.port-465-unsupported.explanation': 'Serwer {host} należy do Microsoft, a Microsoft nie przyjmuje poczty z aplikacji na porcie {port465}. To nie jest awaria sieci: użyj portu {m365Port} z STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Zmień port na {m365Port}, a zabezpieczenia na STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2': 'Jeśli Twoje urządzenie obsługuje tylko port {port465}, nie może wysyłać bezpośrednio przez Microsoft 365: zapytaj dział IT o przekaźnik.',
  'finding.tls.port-465-unsupported.admin': 'Port {port465}, którego używa {sender} dla serwera {host}, nie jest obsługiwany przez Microsoft 365 przy wysyłaniu. Zmieniam ustawienia na port {m365Port} z STARTTLS. Proszę o informację, jeśli nasza organizacja używa innych ustawień. Urządzenie, które obsługuje tylko port {port465}, potrzebuje innej drogi, na przykład przekazywania przez łącznik (connector relay).',

  'finding.tls.starttls-unavailable.title': 'Serwer nie oferuje szyfrowania',
  'finding.tls.starttls-unavailable.explanation': 'Serwer nie zaoferował STARTTLS, więc nie da się bezpiecznie przesłać hasła. Serwery Microsoft zawsze to oferują, więc albo nazwa serwera jest błędna, albo coś w sieci usuwa tę opcję.',
  'finding.tls.starttls-unavailable.steps.1': 'Sprawdź nazwę serwera: dla Microsoft 365 to {m365Host}.',
  'finding.tls.starttls-unavailable.steps.2': 'Przetestuj w innej sieci: niektóre zapory usuwają STARTTLS z połączeń pocztowych.',
  'finding.tls.starttls-unavailable.steps.3': 'Nie wyłączaj szyfrowania, żeby to obejść.',
  'finding.tls.starttls-unavailable.admin': 'Serwer SMTP {host} na porcie {port} nie oferuje mojemu komputerowi STARTTLS. Czy można sprawdzić, czy zapora lub funkcja inspekcji SMTP nie usuwa STARTTLS z połączeń SMTP?',

  'finding.tls.version-too-old.title': 'Aplikacja używa starej, zablokowanej wersji szyfrowania',
  'finding.tls.version-too-old.explanation': 'Microsoft akceptuje tylko {tlsMinimum} lub nowszy, a ta aplikacja lub urządzenie używa starszej wersji. Zwykle pomaga aktualizacja aplikacji lub systemu operacyjnego.',
  'finding.tls.version-too-old.steps.1': 'Zainstaluj aktualizacje aplikacji pocztowej i systemu operacyjnego, a potem przetestuj ponownie.',
  'finding.tls.version-too-old.steps.2': 'Jeśli to stare urządzenie, którego nie da się zaktualizować, zapytaj dział IT: Microsoft ma opcjonalne rozwiązanie dla starszych urządzeń.',
  'finding.tls.version-too-old.admin': 'Gdy {sender} wysyła pocztę przez serwer {host}, używa TLS 1.0 lub 1.1, które Exchange Online odrzuca (421 4.7.66). Proszę o pomoc w aktualizacji. Jeśli urządzenia nie da się zaktualizować, Microsoft oferuje opcjonalny punkt końcowy dla starszych klientów, {legacyHost}, włączany ustawieniem podanym niżej (niedostępny w GCC, GCC High ani DoD).',

  'finding.tls.handshake-failed.title': 'Nie udało się nawiązać bezpiecznego połączenia',
  'finding.tls.handshake-failed.explanation': 'Połączenie z serwerem poczty zostało nawiązane, ale nie udało się włączyć szyfrowania, a komunikat nie podaje przyczyny. Często aplikacja lub urządzenie zna tylko stare szyfrowanie (Microsoft wymaga {tlsMinimum}) albo przeszkadza program zabezpieczający.',
  'finding.tls.handshake-failed.steps.1': 'Zainstaluj aktualizacje aplikacji lub urządzenia (w drukarce lub skanerze — oprogramowanie układowe), a potem przetestuj ponownie.',
  'finding.tls.handshake-failed.steps.2': 'Przetestuj w tej aplikacji: wskaże dokładny problem z certyfikatem lub wersją.',
  'finding.tls.handshake-failed.steps.3': 'Jeśli Twój program antywirusowy skanuje pocztę, zapytaj dział IT, czy sprawdza on połączenia pocztowe.',
  'finding.tls.handshake-failed.admin': 'Przy wysyłaniu przez serwer {host} zestawianie TLS (po STARTTLS) kończy się błędem bez szczegółów. Czy można sprawdzić, czy {sender} obsługuje {tlsMinimum} i ufa certyfikatowi {g2Root} oraz czy inspekcja SSL/TLS w naszej sieci nie przechwytuje tego połączenia?',

  'finding.tls.certificate-untrusted.title': 'Ten komputer nie ufa certyfikatowi serwera',
  'finding.tls.certificate-untrusted.explanation': 'Certyfikat serwera prowadzi do certyfikatu głównego, którego ten komputer nie ma albo któremu już nie ufa. W przypadku serwerów Microsoft to zwykle nieaktualny magazyn certyfikatów, a nie atak.',
  'finding.tls.certificate-untrusted.steps.1': 'Zainstaluj aktualizacje systemu operacyjnego: odświeżają one zaufane certyfikaty.',
  'finding.tls.certificate-untrusted.steps.2': 'Zaktualizuj tę aplikację do najnowszej wersji.',
  'finding.tls.certificate-untrusted.steps.3': 'Jeśli to nie pomoże, poproś dział IT o dodanie brakującego certyfikatu głównego.',
  'finding.tls.certificate-untrusted.admin': 'Certyfikat serwera {host} nie jest zaufany na moim komputerze (na przykład „unable to get local issuer certificate”). Microsoft zaleca, aby klienci ufali certyfikatowi {g2Root}, a nowsze magazyny certyfikatów nie zawierają już DigiCert Global Root CA (G1), którego niektóre serwery Microsoft nadal używają. Proszę o aktualizację zaufanych certyfikatów głównych na moim komputerze.',

  'finding.tls.intercepted.title': 'Program zabezpieczający przechwytuje połączenie z pocztą',
  'finding.tls.intercepted.explanation': 'Certyfikat wystawił {interceptor}, a nie prawdziwy urząd certyfikacji serwera poczty. Programy antywirusowe, zapory i serwery proxy robią tak, aby skanować ruch, i psuje to bezpieczne połączenie z pocztą.',
  'finding.tls.intercepted.steps.1': 'W ustawieniach programu antywirusowego wyłącz skanowanie poczty lub SSL dla poczty wychodzącej albo dodaj wyjątek dla {host}.',
  'finding.tls.intercepted.steps.2': 'Jeśli tym programem zarządza firma, poproś dział IT o dodanie wyjątku.',
  'finding.tls.intercepted.steps.3': 'Nie akceptuj mimo to certyfikatu: Twoje hasło przechodziłoby przez skaner.',
  'finding.tls.intercepted.admin': 'Moje połączenie z serwerem {host} na porcie {port} jest przechwytywane: certyfikat wystawił {interceptor} zamiast publicznego urzędu certyfikacji serwera. Czy można wyłączyć w tym programie inspekcję SSL/TLS i skanowanie poczty dla {host}, port {port}?',

  'finding.tls.hostname-mismatch.title': 'Certyfikat należy do innego serwera',
  'finding.tls.hostname-mismatch.explanation': 'Serwer pokazał certyfikat wystawiony na inną nazwę niż {host}. Nazwa serwera może być błędna albo zamiast niego odpowiedziała strona logowania lub serwer proxy w tej sieci.',
  'finding.tls.hostname-mismatch.steps.1': 'Sprawdź nazwę serwera: dla Microsoft 365 to {m365Host}, nigdy adres IP.',
  'finding.tls.hostname-mismatch.steps.2': 'W sieci Wi-Fi w hotelu lub dla gości najpierw zaloguj się do sieci w przeglądarce, a potem przetestuj ponownie.',
  'finding.tls.hostname-mismatch.admin': 'Certyfikat TLS przedstawiony dla {host} na porcie {port} nie pasuje do tej nazwy. Czy można sprawdzić, czy zamiast prawdziwego serwera nie odpowiada serwer proxy lub strona logowania do sieci (captive portal) w naszej sieci?',

  'finding.tls.certificate-expired.title': 'Certyfikat serwera wygasł',
  'finding.tls.certificate-expired.explanation': 'Certyfikat, który pokazał serwer, jest już po dacie ważności. Jeśli data na tym komputerze jest poprawna, winny jest serwer lub coś po drodze.',
  'finding.tls.certificate-expired.steps.1': 'Sprawdź datę i godzinę na tym komputerze.',
  'finding.tls.certificate-expired.steps.2': 'Jeśli data jest poprawna, wyślij poniższą wiadomość do administratora IT.',
  'finding.tls.certificate-expired.admin': 'Według mojego komputera certyfikat przedstawiany przez {host} na porcie {port} wygasł, a zegar jest ustawiony poprawnie. Czy można sprawdzić certyfikat serwera albo to, czy jakiś serwer proxy nie przedstawia starego certyfikatu?',

  'finding.tls.certificate-not-yet-valid.title': 'Certyfikat serwera nie jest jeszcze ważny',
  'finding.tls.certificate-not-yet-valid.explanation': 'Serwer pokazał certyfikat, którego data początkowa jest jeszcze w przyszłości. Zegar tego komputera zgadza się z zegarem serwera, więc winny jest certyfikat lub coś po drodze.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Nie zmieniaj zegara komputera: jest ustawiony dobrze.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.tls.certificate-not-yet-valid.admin': 'Certyfikat przedstawiany przez {host} na porcie {port} nie jest jeszcze ważny (data początkowa jest w przyszłości), choć zegar mojego komputera zgadza się z czasem, który serwer podał w powitaniu. Czy można sprawdzić certyfikat na tym serwerze albo to, czy serwer proxy w naszej sieci nie przedstawia własnego?',

  'finding.tls.clock-skew.title': 'Zegar tego komputera jest źle ustawiony',
  'finding.tls.clock-skew.explanation': 'Bezpieczne połączenia sprawdzają daty, a data lub godzina na tym komputerze jest nieprawidłowa. Certyfikaty wyglądają wtedy na wygasłe lub jeszcze nieważne.',
  'finding.tls.clock-skew.steps.1': 'Ustaw poprawnie datę, godzinę i strefę czasową, najlepiej włączając opcję „Ustaw czas automatycznie”.',
  'finding.tls.clock-skew.steps.2': 'Przetestuj ponownie.',
  'finding.tls.clock-skew.admin': 'Zegar mojego komputera jest chyba źle ustawiony, przez co nie działa sprawdzanie certyfikatu serwera {host}. Proszę o pomoc w naprawie synchronizacji czasu na tym komputerze.',

  'finding.tls.revocation-unreachable.title': 'Usługa sprawdzania certyfikatów jest nieosiągalna',
  'finding.tls.revocation-unreachable.explanation': 'Aby sprawdzić certyfikat serwera, ten komputer musi pobrać listę odwołanych certyfikatów z urzędu certyfikacji. Sieć to blokuje.',
  'finding.tls.revocation-unreachable.steps.1': 'Przetestuj w innej sieci.',
  'finding.tls.revocation-unreachable.steps.2': 'Poproś dział IT o odblokowanie adresów urzędu certyfikacji służących do sprawdzania odwołań (CRL i OCSP).',
  'finding.tls.revocation-unreachable.admin': 'Sprawdzanie certyfikatu serwera {host} kończy się błędem „unable to get certificate CRL”, więc adresy sprawdzania odwołań certyfikatów są chyba zablokowane w naszej sieci. Czy można zezwolić na wychodzący ruch HTTP do adresów CRL i OCSP podanych w łańcuchu certyfikatów serwera?',

  // protocol
  'finding.protocol.ehlo-required.title': 'Aplikacja pominęła wymagany krok po włączeniu szyfrowania',
  'finding.protocol.ehlo-required.explanation': 'Po włączeniu szyfrowania aplikacja musi ponownie przywitać się z serwerem (EHLO), a tego nie zrobiła. To problem aplikacji pocztowej, nie Twojego konta.',
  'finding.protocol.ehlo-required.steps.1': 'Zaktualizuj aplikację pocztową lub urządzenie.',
  'finding.protocol.ehlo-required.steps.2': 'Jeśli problem występuje nadal przy STARTTLS na porcie {m365Port}, może go naprawić tylko producent aplikacji.',
  'finding.protocol.ehlo-required.admin': 'Po STARTTLS {sender} nie powtarza EHLO, więc {host} odpowiada „503 5.5.2 Send hello first”. Proszę o pomoc w aktualizacji lub wymianie.',

  'finding.protocol.starttls-required.title': 'Serwer wymaga najpierw szyfrowania',
  'finding.protocol.starttls-required.explanation': 'Aplikacja próbowała się zalogować lub wysłać pocztę przed włączeniem szyfrowania i serwer odmówił. Pomoże włączenie STARTTLS.',
  'finding.protocol.starttls-required.steps.1': 'Ustaw zabezpieczenia STARTTLS na porcie {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Przetestuj ponownie.',
  'finding.protocol.starttls-required.admin': 'Gdy {sender} wysyła pocztę przez serwer {host}, robi to bez STARTTLS i serwer odmawia. Włączam STARTTLS na porcie {m365Port}. Proszę o informację, jeśli nasze ustawienia są inne.',

  'finding.protocol.command-unrecognized.title': 'Serwer nie zrozumiał aplikacji',
  'finding.protocol.command-unrecognized.explanation': 'Serwer otrzymał coś, czego nie mógł odczytać jako polecenia pocztowego. Zwykle ustawienie zabezpieczeń lub port jest błędny albo coś po drodze zmienia połączenie.',
  'finding.protocol.command-unrecognized.steps.1': 'Użyj portu {m365Port} z STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Przetestuj w innej sieci, aby wykluczyć serwer proxy.',
  'finding.protocol.command-unrecognized.admin': 'Serwer {host} odpowiada „500 5.3.3 Unrecognized command”, gdy łączy się z nim {sender}. Czy można sprawdzić, czy serwer proxy lub inspekcja SMTP nie zmienia połączenia?',
};
