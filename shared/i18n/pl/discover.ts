import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** Polish: “Find working settings” (port matrix, reasons, domain and clock checks, `mail-setup discover`). */
export const discover: Translation<typeof source> = {
  'discover.column.port': 'Port',
  'discover.column.mode': 'Tryb',
  'discover.column.reach': 'Osiągalność',
  'discover.column.tls': 'Szyfrowanie',
  'discover.column.auth': 'Oferowane logowanie',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Bez szyfrowania',

  'discover.reach.reachable': 'Osiągalny',
  'discover.reach.blocked': 'Zablokowany (brak odpowiedzi)',
  'discover.reach.refused': 'Odrzucony',
  'discover.reach.reset': 'Przerwany',
  'discover.reach.no-greeting': 'Brak odpowiedzi serwera poczty',
  'discover.reach.unresolved': 'Nie znaleziono nazwy serwera',
  'discover.reach.offline': 'Brak sieci',
  'discover.reach.cancelled': 'Anulowano',
  'discover.reach.error': 'Błąd',
  'discover.reach.not-tried': 'Nie sprawdzano',

  'discover.tls.verified': 'Bezpieczne, certyfikat sprawdzony',
  'discover.tls.unverified': 'Certyfikat niezaufany',
  'discover.tls.not-offered': 'Nieoferowane',
  'discover.tls.mode-mismatch': 'Inny tryb szyfrowania',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Bez szyfrowania',

  'discover.auth.none': 'brak',
  'discover.expected': 'oczekiwane',

  'discover.reason.works': 'Port {port} ({mode}) odpowiedział, połączenie zostało zaszyfrowane, a certyfikat serwera przeszedł sprawdzenie.',
  'discover.reason.auth-offered': 'Po zabezpieczeniu połączenia serwer oferuje logowanie ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'Serwer na porcie {port} nie oferuje logowania. To normalne dla przekaźnika lub Direct Send (bez hasła), ale skrzynka pocztowa nie może się tam zalogować.',
  'discover.reason.preferred-port': 'Port 587 z STARTTLS to port zalecany przez Microsoft dla aplikacji i urządzeń wysyłających pocztę.',
  'discover.reason.fallback-port': 'Proponowany jest port {port}, bo port {preferred} nie działał z tej sieci.',
  'discover.reason.blocked': 'Port {port} w ogóle nie odpowiedział: prawdopodobnie blokuje go zapora w tej sieci lub dostawca internetu.',
  'discover.reason.port-25-blocked':
    'Port 25 nie odpowiedział. Dostawcy internetu domowego i mobilnego często go blokują; nie ma to znaczenia, dopóki działa port 587.',
  'discover.reason.refused': 'Port {port} odrzucił połączenie: nic nie przyjmuje tam połączeń pocztowych.',
  'discover.reason.465-microsoft':
    'Port 465 nie działa z Microsoft: nie jest oferowany do wysyłania, więc ten błąd jest oczekiwany i nie oznacza problemu z siecią.',
  'discover.reason.tls-problem': 'Port {port} odpowiedział, ale jego bezpiecznemu połączeniu nie można zaufać ({diagnosis}).',
  'discover.reason.no-tls': 'Port {port} odpowiedział, ale nie oferuje szyfrowania, więc wysłane tam hasło nie byłoby chronione.',
  'discover.reason.no-greeting': 'Port {port} przyjął połączenie, ale nie odpowiedział na nim żaden serwer poczty.',
  'discover.reason.mode-detected': 'Port {port} działa w trybie {mode}, a nie {tried}; sprawdzenie powtórzono w tym trybie.',
  'discover.reason.none-works':
    'Żaden port nie zadziałał z tej sieci. Spróbuj innej sieci (na przykład hotspotu w telefonie), aby sprawdzić, czy przyczyną jest ta sieć, i wyślij te szczegóły administratorowi IT.',
  'discover.reason.offline': 'Ten komputer nie jest połączony z żadną siecią, więc nie można było sprawdzić serwera poczty.',
  'discover.reason.dns-failure':
    'Ten komputer jest połączony z siecią, ale nie może wyszukiwać nazw serwerów, więc nie udało się znaleźć serwera poczty. Uruchom ponownie router albo poproś dział IT o sprawdzenie usługi nazw w sieci (DNS).',
  'discover.reason.captive-portal':
    'Ta sieć chyba wymaga najpierw zalogowania na stronie (jak w hotelach, pociągach czy sieciach Wi-Fi dla gości): nazwa serwera Microsoft prowadzi do adresu lokalnego. Otwórz dowolną stronę internetową, dokończ logowanie i spróbuj ponownie.',
  'discover.reason.clock-skew': 'Zegar tego komputera jest przesunięty mniej więcej o {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}; bezpieczne połączenia nie będą działać, dopóki nie zostanie poprawiony.',
  'discover.reason.cancelled': 'Sprawdzanie zostało anulowane przed zakończeniem.',

  'discover.network.online': 'Połączono z siecią.',
  'discover.network.offline': 'Brak połączenia z siecią.',
  'discover.network.dns-failure': 'Połączono, ale nie można wyszukiwać nazw serwerów.',
  'discover.network.captive-portal': 'Ta sieć prawdopodobnie wymaga najpierw zalogowania na stronie.',

  'discover.host.given': 'Wpisany serwer.',
  'discover.host.consumer-domain': 'Domena {domain} to adres Outlook.com, więc poczta wychodzi przez smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'Pocztę dla domeny {domain} obsługuje Microsoft 365, więc poczta wychodzi przez smtp.office365.com.',
  'discover.host.microsoft365-dns': 'Rekordy DNS domeny {domain} wskazują na Microsoft 365, więc poczta wychodzi przez smtp.office365.com.',
  'discover.host.default':
    'W rekordach DNS domeny {domain} nic nie wskazuje na Microsoft 365; smtp.office365.com jest mimo to sprawdzany, bo ta aplikacja konfiguruje Microsoft 365.',

  'discover.domain.mx.microsoft365':
    'Poczta dla domeny {domain} jest dostarczana do Microsoft 365 ({host}). Wysyłaj przez smtp.office365.com. Dla drukarki lub aplikacji, która nie może się logować, dział IT może skonfigurować przekazywanie lub Direct Send do {host} na porcie 25.',
  'discover.domain.mx.outlook-com': 'Pocztę dla domeny {domain} obsługuje Outlook.com (osobiste konta Microsoft).',
  'discover.domain.mx.other':
    'Poczta dla domeny {domain} jest dostarczana do serwera {host}, który nie należy do Microsoft 365. Jeśli mimo to Twoja skrzynka jest w Microsoft 365 (na przykład za filtrem poczty), zapytaj dział IT, przez który serwer wysyłać.',
  'discover.domain.mx.none': 'Domena {domain} nie ma rekordu poczty (MX), więc poczta do tej domeny by nie docierała. Sprawdź pisownię adresu.',
  'discover.domain.mx.failed': 'Nie można sprawdzić rekordu poczty (MX) domeny {domain} ({code}).',
  'discover.domain.spf.microsoft':
    'Domena {domain} pozwala Microsoft 365 wysyłać swoją pocztę (jej rekord SPF zawiera spf.protection.outlook.com), więc poczta wysłana przez Microsoft 365 nie jest uznawana za sfałszowaną.',
  'discover.domain.spf.other':
    'Domena {domain} ma rekord SPF, ale nie wymienia on Microsoft 365. Poczta wysłana przez Microsoft 365 może trafiać do spamu lub być odrzucana; dział IT może dodać include:spf.protection.outlook.com.',
  'discover.domain.spf.none': 'Domena {domain} nie publikuje rekordu SPF, więc odbiorcy nie mogą sprawdzić, kto może wysyłać jej pocztę, a niektórzy traktują ją jako spam.',
  'discover.domain.spf.failed': 'Nie można sprawdzić rekordu SPF domeny {domain} ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook sam znajdzie ustawienia dla domeny {domain}: autodiscover wskazuje na Microsoft 365.',
  'discover.domain.autodiscover.other':
    'Autodiscover dla domeny {domain} wskazuje na {target}, a nie na Microsoft 365, więc Outlook może nie skonfigurować się automatycznie. Nie wpływa to na wysyłanie.',
  'discover.domain.autodiscover.none':
    'Domena {domain} nie ma rekordu autodiscover, więc Outlook może poprosić o ręczne wpisanie ustawień. Nie wpływa to na wysyłanie.',
  'discover.domain.autodiscover.failed': 'Nie można sprawdzić rekordu autodiscover domeny {domain} ({code}).',
  'discover.domain.dmarc.strict':
    'Domena {domain} ma restrykcyjne zasady DMARC (p={policy}): odbiorcy odrzucają lub kierują do spamu każdą pocztę, która fałszywie podaje się za wysłaną z tej domeny. Wysyłaj przez Microsoft 365 ze swoim własnym adresem; urządzenie wysyłające bezpośrednio na adresy zewnętrzne zostanie odrzucone.',
  'discover.domain.dmarc.monitor': 'Domena {domain} ma rekord DMARC, który tylko monitoruje (p=none); nie wpływa to na wysyłanie.',
  'discover.domain.dmarc.none': 'Domena {domain} nie ma rekordu DMARC. Wysyłanie działa; odbiorcy mają tylko mniej możliwości wykrycia sfałszowanej poczty.',
  'discover.domain.dmarc.failed': 'Nie można sprawdzić rekordu DMARC domeny {domain} ({code}).',

  'discover.clock.ok': 'Zegar tego komputera zgadza się z zegarem serwera poczty.',
  'discover.clock.ahead': 'Zegar tego komputera spieszy się mniej więcej o {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} względem zegara serwera poczty. Popraw datę i godzinę w ustawieniach systemu.',
  'discover.clock.behind': 'Zegar tego komputera spóźnia się mniej więcej o {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} względem zegara serwera poczty. Popraw datę i godzinę w ustawieniach systemu.',
  'discover.clock.unknown': 'Serwer poczty nie podał, która jest godzina, więc nie można było porównać zegarów.',

  // `mail-setup discover` output.
  'discover.cli.checking': 'Sprawdzanie {host} na portach {ports}…',
  'discover.cli.heading.recommendation': 'Zalecenie',
  'discover.cli.heading.domain': 'Domena {domain}',
  'discover.cli.heading.clock': 'Zegar',
  'discover.cli.heading.network': 'Sieć',
  'discover.cli.recommend': 'Użyj {host}, port {port}, tryb {mode}.',
  'discover.cli.recommend-none': 'Nie znaleziono działającego sposobu wysyłania z tej sieci.',
  'discover.cli.relay': 'Host przekaźnika / Direct Send: {host} (port 25)',
  'discover.cli.findings': 'Ustalenia: {ids}',
  'discover.cli.input-missing': 'podaj adres (użytkownik@domena) albo --host HOST',
  'discover.cli.input-both': 'podaj adres albo --host, nie oba naraz',
  'discover.cli.input-invalid': '„{value}” nie jest ani adresem e-mail, ani nazwą serwera',
  'discover.cli.bad-ports': 'opcja --ports: {problem}',
  'discover.problem.not-a-port': '„{value}” nie jest portem (1–65535, opcjonalnie z /starttls, /tls lub /none)',
  'discover.problem.no-port': 'nie podano portu',
  'discover.problem.not-an-address': '„{value}” nie jest prawidłowym adresem e-mail',
  'discover.cli.bad-resolve': '--resolve oczekuje wartości NAZWA:ADRES (na przykład smtp.office365.com:127.0.0.1), otrzymano „{value}”',
  'discover.cli.bad-timeout': '--timeout oczekuje liczby sekund, otrzymano „{value}”',
  'discover.cli.secret-refused': '{flag}: discover nigdy się nie loguje, więc nie przyjmuje hasła ani tokenu',
};
