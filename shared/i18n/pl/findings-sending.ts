import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** Polish: findings about sending, relay, the tenant and replies this app does not recognise. */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Treść komunikatu: „{quote}”',

  // send
  'finding.send.send-as-denied.title': 'Nie masz uprawnień do wysyłania z tego adresu',
  'finding.send.send-as-denied.explanation': 'Adres nadawcy (pole „Od”) różni się od skrzynki, do której się logujesz, a nie masz do niego uprawnienia „Wyślij jako”.',
  'finding.send.send-as-denied.steps.1': 'Wysyłaj z adresu, którym się logujesz, i przetestuj ponownie.',
  'finding.send.send-as-denied.steps.2': 'Aby wysyłać z innego adresu (na przykład z udostępnionej skrzynki pocztowej), poproś dział IT o uprawnienie „Wyślij jako”.',
  'finding.send.send-as-denied.admin': 'Proszę o nadanie mojemu kontu {address} uprawnienia „Wyślij jako” do skrzynki, z której muszę wysyłać. Exchange Online odrzuca wysyłanie z kodem 5.7.60 lub 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'Microsoft wstrzymał Twoją pocztę jako możliwy spam',
  'finding.send.outbound-spam.explanation': 'Ochrona przed spamem Microsoft zablokowała wysyłanie z tego konta. Często zdarza się to nowym lub niezweryfikowanym kontom albo po wysłaniu wielu wiadomości.',
  'finding.send.outbound-spam.steps.1': 'Zaloguj się na outlook.com (lub outlook.office.com) w przeglądarce i przejdź weryfikację, jeśli o nią poprosi.',
  'finding.send.outbound-spam.steps.2': 'Odczekaj kilka godzin i wysyłaj mniej wiadomości naraz.',
  'finding.send.outbound-spam.steps.3': 'Jeśli to się powtarza, wyślij poniższą wiadomość do administratora IT.',
  'finding.send.outbound-spam.admin': 'Poczta z {address} jest odrzucana z komunikatem „OutboundSpamException” (uznana za spam wychodzący). Czy można sprawdzić, czy konto nie ma ograniczeń, nie zostało przejęte albo nie wymaga weryfikacji?',

  'finding.send.quota-exceeded.title': 'Osiągnięto dzisiejszy limit wysyłania',
  'finding.send.quota-exceeded.explanation': 'Microsoft pozwala na maksymalnie {recipientsPerDay} odbiorców dziennie na skrzynkę, a ta skrzynka osiągnęła limit. Limit odnowi się w czasie nie dłuższym niż {quotaWindow}.',
  'finding.send.quota-exceeded.steps.1': 'Poczekaj, aż limit się odnowi (najwyżej {quotaWindow}), a potem wyślij ponownie.',
  'finding.send.quota-exceeded.steps.2': 'Jeśli nie wysyłano aż tyle poczty, od razu powiadom dział IT: ktoś może nadużywać Twojego konta.',
  'finding.send.quota-exceeded.admin': 'Moja skrzynka {address} osiągnęła limit wysyłania Exchange Online (SubmissionQuotaExceededException lub „5.2.2 Submission quota exceeded”; {recipientsPerDay} odbiorców dziennie). Czy można sprawdzić, czy taka liczba wiadomości jest uzasadniona, czy może konto zostało przejęte?',

  'finding.send.mailbox-full.title': 'Twoja skrzynka pocztowa jest pełna',
  'finding.send.mailbox-full.explanation': 'Wysłane wiadomości są zapisywane w folderze Elementy wysłane, a w Twojej skrzynce nie ma już miejsca. Serwer nie pozwoli wysyłać, dopóki miejsce nie zostanie zwolnione.',
  'finding.send.mailbox-full.steps.1': 'Usuń starą pocztę, zwłaszcza duże elementy w folderze Elementy wysłane, a potem opróżnij folder Elementy usunięte.',
  'finding.send.mailbox-full.steps.2': 'Przetestuj ponownie.',
  'finding.send.mailbox-full.steps.3': 'Poproś dział IT o więcej miejsca lub automatyczne czyszczenie folderu Elementy wysłane.',
  'finding.send.mailbox-full.admin': 'Moja skrzynka {address} jest pełna, więc wysyłanie się nie udaje (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). Proszę o pomoc w zwolnieniu miejsca albo o zastosowanie zasad przechowywania do folderu Elementy wysłane.',

  'finding.send.recipient-mailbox-full.title': 'Skrzynka odbiorcy jest pełna',
  'finding.send.recipient-mailbox-full.explanation': 'Osoba, do której piszesz, nie ma już miejsca w skrzynce, więc jej serwer poczty odrzucił wiadomość. Z Twoim kontem i ustawieniami wszystko jest w porządku.',
  'finding.send.recipient-mailbox-full.steps.1': 'Spróbuj później albo skontaktuj się z tą osobą w inny sposób.',
  'finding.send.recipient-mailbox-full.steps.2': 'W Twoich ustawieniach nie trzeba niczego zmieniać.',
  'finding.send.recipient-mailbox-full.admin': 'Wiadomość z {address} wróciła, bo skrzynka odbiorcy jest pełna (5.2.2 z serwera odbiorcy). O ile mi wiadomo, po naszej stronie nic nie trzeba zmieniać; proszę o informację, jeśli jest inaczej.',

  'finding.send.message-too-large.title': 'Wiadomość jest za duża',
  'finding.send.message-too-large.explanation': 'Serwer odrzucił wiadomość, bo jest większa, niż przyjmuje — zwykle z powodu dużych załączników lub skanów.',
  'finding.send.message-too-large.steps.1': 'Wyślij mniejsze załączniki albo udostępnij zamiast nich link do pliku.',
  'finding.send.message-too-large.steps.2': 'W skanerze ustaw niższą rozdzielczość albo skanowanie w czerni i bieli.',
  'finding.send.message-too-large.admin': 'Poczta, którą wysyła {sender}, jest odrzucana jako za duża (odpowiedź 5.2.3 lub 5.3.4 dotycząca rozmiaru wiadomości). Proszę o informację, jaki limit rozmiaru obowiązuje moją skrzynkę i odbiorcę, albo o jego zwiększenie, jeśli to uzasadnione.',

  'finding.send.concurrency-limit.title': 'Za dużo połączeń naraz',
  'finding.send.concurrency-limit.explanation': 'Limit jednoczesnych połączeń wysyłających z jednej skrzynki wynosi w Microsoft {concurrentConnections}. Prawdopodobnie inna aplikacja lub urządzenie właśnie wysyła z Twojej skrzynki.',
  'finding.send.concurrency-limit.steps.1': 'Odczekaj chwilę i przetestuj ponownie.',
  'finding.send.concurrency-limit.steps.2': 'Zamknij inne aplikacje lub urządzenia, które w tym samym czasie wysyłają z tej skrzynki.',
  'finding.send.concurrency-limit.admin': 'Moja skrzynka {address} dostaje błąd „432 4.3.2 Concurrent connections limit exceeded” (limit połączeń wysyłających na skrzynkę w Exchange Online: {concurrentConnections}). Czy można sprawdzić, które aplikacje lub urządzenia wysyłają z tej skrzynki jednocześnie?',

  'finding.send.throttled.title': 'Wysyłanie z tej skrzynki jest wstrzymane po powtarzających się błędach',
  'finding.send.throttled.explanation': 'Microsoft wstrzymał wysyłanie z aplikacji dla tej skrzynki, bo ten sam błąd ciągle się powtarzał. Napraw wcześniejszy błąd — wstrzymanie skończy się wtedy samo.',
  'finding.send.throttled.steps.1': 'Znajdź i napraw wcześniejszy błąd, na przykład pełną skrzynkę albo błędny adres nadawcy.',
  'finding.send.throttled.steps.2': 'Zatrzymaj każdą aplikację, która ciągle ponawia próby.',
  'finding.send.throttled.steps.3': 'Poczekaj. Jeśli sprawa jest pilna, zapytaj dział IT, czy możesz wysyłać z innej skrzynki.',
  'finding.send.throttled.admin': 'Exchange Online ograniczył SMTP AUTH dla {address} po ciągłych błędach (550 5.2.251 do 5.2.255). Pomoc techniczna Microsoft nie może tego zdjąć: ograniczenie kończy się, gdy przyczyna (pełna skrzynka, odmowa „Wyślij jako”, nieprawidłowa licencja, zbyt wielu lub nieprawidłowi odbiorcy) zostanie usunięta i minie okres ograniczenia. Proszę o pomoc w znalezieniu przyczyny.',

  'finding.send.restricted-sender.title': 'Twoje konto ma zablokowane wysyłanie',
  'finding.send.restricted-sender.explanation': 'Microsoft zablokował wysyłanie z tego konta, zwykle dlatego, że wysyłało spam — a to często oznacza, że użył go ktoś inny. Odblokować je musi administrator IT.',
  'finding.send.restricted-sender.steps.1': 'Zmień teraz hasło.',
  'finding.send.restricted-sender.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.send.restricted-sender.admin': 'Moje konto {address} ma zablokowane wysyłanie (550 5.1.8 Access denied, bad outbound sender), więc prawdopodobnie jest na liście zablokowanych nadawców (Restricted entities). Proszę o sprawdzenie, czy konto nie zostało przejęte, zresetowanie jego hasła i odblokowanie go.',

  'finding.send.spam-blocked.title': 'Microsoft odrzucił tę pocztę jako spam',
  'finding.send.spam-blocked.explanation': 'System ochrony przed spamem Microsoft odrzucił tę wiadomość lub adres, z którego przyszła. Administrator IT może sprawdzić przyczynę i poprosić o zdjęcie blokady.',
  'finding.send.spam-blocked.steps.1': 'Nie wysyłaj tej samej wiadomości raz po raz.',
  'finding.send.spam-blocked.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.send.spam-blocked.admin': 'Poczta z {address} jest odrzucana przez Exchange Online z odpowiedzią ochrony przed spamem „Access denied” (5.7.501 do 5.7.511). Proszę o sprawdzenie kodu w dokumentacji Microsoft dotyczącej raportów NDR, a jeśli nasz adres IP lub domena są zablokowane — o złożenie wniosku o usunięcie z listy.',

  'finding.send.ip-blocklisted.title': 'Adres, z którego wychodzi Twoja poczta, jest na liście blokowanych',
  'finding.send.ip-blocklisted.explanation': 'Usługa poczty odbiorcy blokuje adres internetowy (IP), z którego wysyłana jest Twoja poczta, bo znajduje się on na liście adresów blokowanych za spam. Usunąć go z listy może tylko dział IT albo dostawca tego adresu.',
  'finding.send.ip-blocklisted.steps.1': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.send.ip-blocklisted.steps.2': 'Nie wysyłaj tej samej wiadomości raz po raz.',
  'finding.send.ip-blocklisted.admin': 'Poczta, którą wysyła {sender}, jest odrzucana, bo nasz adres IP do wysyłania jest na liście blokowanych (na przykład 5.7.606–5.7.649 „banned sending IP” albo lista blokowanych w DNS). Proszę o ustalenie, dlaczego adres jest na liście, usunięcie przyczyny i złożenie wniosku o usunięcie. Portal Microsoft do usuwania z listy: {delistPortal}.',

  'finding.send.from-rejected.title': 'Adres nadawcy wiadomości został odrzucony',
  'finding.send.from-rejected.explanation': 'Pole „Od” wiadomości jest puste, nieprawidłowe albo nie przeszło sprawdzenia domeny nadawcy (DMARC). Trzeba poprawić aplikację lub ustawienia Twojej domeny.',
  'finding.send.from-rejected.steps.1': 'Upewnij się, że aplikacja wysyła z Twoim własnym adresem e-mail jako adresem nadawcy.',
  'finding.send.from-rejected.steps.2': 'Jeśli używasz własnej domeny organizacji, poproś dział IT o sprawdzenie jej rekordów SPF, DKIM i DMARC.',
  'finding.send.from-rejected.admin': 'Poczta z {address} jest odrzucana z kodem 5.7.509 (DMARC) lub 5.7.512 (nagłówek From niezgodny z RFC 5322). Proszę o sprawdzenie ustawień SPF, DKIM i DMARC naszej domeny oraz nagłówka From, którego używa aplikacja wysyłająca.',

  'finding.send.temporary-restriction.title': 'Microsoft tymczasowo wstrzymuje pocztę',
  'finding.send.temporary-restriction.explanation': 'Microsoft tymczasowo ograniczył wysyłanie z tego połączenia, często po nagłym wzroście liczby wiadomości. Zwykle mija to samo.',
  'finding.send.temporary-restriction.steps.1': 'Poczekaj i spróbuj ponownie później.',
  'finding.send.temporary-restriction.steps.2': 'Jeśli trwa to dłużej niż dobę, wyślij poniższą wiadomość do administratora IT.',
  'finding.send.temporary-restriction.admin': 'Wysyłanie z {address} kończy się odpowiedzią „451 4.7.500-699 Access denied, please try again later”. Czy można sprawdzić, czy nasz adres IP jest ograniczany, czy wysyłamy z adresu onmicrosoft.com (takie adresy mają limity) i czy potrzebny jest łącznik?',

  'finding.send.recipient-rejected.title': 'Adres odbiorcy został odrzucony',
  'finding.send.recipient-rejected.explanation': 'Serwer odrzucił adres, na który wysyłasz. Może zawierać literówkę albo nie istnieć.',
  'finding.send.recipient-rejected.steps.1': 'Sprawdź, czy w adresie odbiorcy nie ma literówek.',
  'finding.send.recipient-rejected.steps.2': 'Wiadomość testową wyślij na własny adres.',
  'finding.send.recipient-rejected.admin': 'Exchange Online odrzuca odbiorcę, gdy wysyłam z {address}. Czy można sprawdzić, czy odbiorca istnieje i czy nie blokuje go reguła przepływu poczty?',

  'finding.send.forwarding-blocked.title': 'Twoja organizacja nie pozwala przekazywać poczty na zewnątrz',
  'finding.send.forwarding-blocked.explanation': 'Wiadomość przekazana automatycznie (przez regułę przekazywania) na adres zewnętrzny została zablokowana przez ustawienia zabezpieczeń Twojej organizacji.',
  'finding.send.forwarding-blocked.steps.1': 'Jeśli masz regułę przekazywania, usuń ją albo zapytaj dział IT, czy jest dozwolona.',
  'finding.send.forwarding-blocked.steps.2': 'Jeśli przekazywanie jest potrzebne w pracy, wyślij poniższą wiadomość do administratora IT.',
  'finding.send.forwarding-blocked.admin': 'Automatyczne przekazywanie z {address} na adres zewnętrzny jest blokowane (550 5.7.520 „Your organization does not allow external forwarding”). Proszę o sprawdzenie zasad spamu wychodzącego (ustawienie niżej) i informację, czy można zezwolić na to przekazywanie.',

  'finding.send.smtputf8-unsupported.title': 'Serwer nie obsługuje tego adresu',
  'finding.send.smtputf8-unsupported.explanation': 'Adres zawiera przed znakiem @ litery spoza podstawowego alfabetu łacińskiego (na przykład ą, ł lub é), a serwer nie obsługuje takich adresów.',
  'finding.send.smtputf8-unsupported.steps.1': 'Jeśli skrzynka ma adres bez znaków diakrytycznych (alias), wysyłaj z niego.',
  'finding.send.smtputf8-unsupported.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.send.smtputf8-unsupported.admin': 'Wysyłanie z adresu {address} nie działa, bo ma on przed znakiem @ znaki spoza ASCII, a {host} nie oferuje SMTPUTF8. Proszę o nadanie skrzynce aliasu z samych znaków ASCII do wysyłania albo o informację, który serwer przyjmuje adresy z międzynarodowymi znakami.',

  'finding.send.failed-no-detail.title': 'Aplikacja pocztowa nie wysłała poczty i nie podała przyczyny',
  'finding.send.failed-no-detail.explanation': 'Aplikacja pocztowa zgłosiła, że wysyłanie się nie udało, ale nie pokazała odpowiedzi serwera. Test w tej aplikacji pokaże dokładnie, który krok zawodzi.',
  'finding.send.failed-no-detail.steps.1': 'Przetestuj ustawienia w tej aplikacji: wybierz rodzaj konta i uruchom test.',
  'finding.send.failed-no-detail.steps.2': 'Sprawdź serwer poczty wychodzącej: dla Microsoft 365 to {m365Host}, port {m365Port}, STARTTLS, a nazwą użytkownika jest pełny adres.',
  'finding.send.failed-no-detail.steps.3': 'Jeśli test tutaj działa, usuń konto z aplikacji pocztowej i dodaj je ponownie.',
  'finding.send.failed-no-detail.admin': 'Gdy wysyła {sender}, pojawia się błąd bez podania przyczyny (odpowiedź serwera nie jest pokazywana). Czy można sprawdzić dziennik logowania Entra i śledzenie wiadomości dla {address} albo dać znać, jakie szczegóły są potrzebne?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'Microsoft 365 Twojej organizacji ma zablokowane wysyłanie',
  'finding.tenant.blocked.explanation': 'Microsoft ograniczył wysyłanie dla całej Twojej organizacji, na przykład z powodu nowej lub próbnej subskrypcji albo niezweryfikowanych domen. Zdjąć to ograniczenie mogą tylko administrator IT i Microsoft.',
  'finding.tenant.blocked.steps.1': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.tenant.blocked.admin': 'Exchange Online odrzuca naszą pocztę z powodu blokady na poziomie dzierżawy (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP lub 5.7.750 unregistered domains). Proszę o zweryfikowanie naszych domen (niżej) i kontakt z pomocą techniczną Microsoft w celu zdjęcia ograniczenia.',

  'finding.relay.tenant-attribution.title': 'Łącznik przekazywania nie rozpoznaje tego nadawcy',
  'finding.relay.tenant-attribution.explanation': 'Poczta wysyłana przez przekaźnik Twojej organizacji nie jest przypisywana do jej łącznika. Zwykle zmienił się adres IP lub certyfikat, z którego się wysyła.',
  'finding.relay.tenant-attribution.steps.1': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.relay.tenant-attribution.admin': 'Przekazywanie kończy się błędem „5.7.64 TenantAttribution; Relay Access Denied”: łącznik przychodzący nie pasuje do naszego adresu IP lub certyfikatu, z którego wysyłamy. Proszę o aktualizację łącznika.',

  'finding.relay.direct-send-rejected.title': 'Twoja organizacja nie zezwala na Direct Send',
  'finding.relay.direct-send-rejected.explanation': 'To urządzenie wysyła bez logowania („Direct Send”), a Twoja organizacja to wyłączyła. Urządzenie musi się logować albo korzystać z łącznika.',
  'finding.relay.direct-send-rejected.steps.1': 'Jeśli urządzenie obsługuje logowanie, użyj {m365Host}, port {m365Port}, STARTTLS z logowaniem.',
  'finding.relay.direct-send-rejected.steps.2': 'W przeciwnym razie wyślij poniższą wiadomość do administratora IT.',
  'finding.relay.direct-send-rejected.admin': 'Direct Send z naszego urządzenia jest odrzucany (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), więc w naszej organizacji włączone jest RejectDirectSend. Proszę o skonfigurowanie łącznika przychodzącego typu partner dla adresu IP lub certyfikatu urządzenia albo o nadanie mu danych logowania SMTP AUTH.',

  'finding.relay.external-recipients-not-allowed.title': 'Ta droga nie pozwala wysyłać na adresy zewnętrzne',
  'finding.relay.external-recipients-not-allowed.explanation': 'Wysyłanie bez logowania do serwera poczty Twojej organizacji (Direct Send) dostarcza pocztę tylko wewnątrz organizacji. Poczta na adresy zewnętrzne wymaga logowania lub łącznika.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Przetestuj z adresem wewnątrz Twojej organizacji.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Aby wysyłać na zewnątrz, użyj {m365Host}, port {m365Port}, STARTTLS z logowaniem albo poproś dział IT o łącznik.',
  'finding.relay.external-recipients-not-allowed.admin': 'Gdy wysyła {sender}, poczta do odbiorcy zewnętrznego jest odrzucana (550 5.4.1 Relay Access Denied lub 550 5.7.54 Unable to relay recipient in non-accepted domain), bo Direct Send dostarcza pocztę tylko do odbiorców wewnętrznych. Proszę o skonfigurowanie łącznika przychodzącego dla tego nadawcy (ustawienie niżej) albo o nadanie mu danych logowania SMTP AUTH.',

  'finding.server.temporary-failure.title': 'Serwer ma chwilowy problem',
  'finding.server.temporary-failure.explanation': 'Serwer poczty poinformował, że nie może teraz tego obsłużyć. Takie problemy zwykle mijają same w ciągu kilku minut.',
  'finding.server.temporary-failure.steps.1': 'Odczekaj kilka minut i przetestuj ponownie.',
  'finding.server.temporary-failure.steps.2': 'Jeśli trwa to dłużej niż godzinę, wyślij poniższą wiadomość do administratora IT.',
  'finding.server.temporary-failure.admin': 'Serwer {host} przy wysyłaniu ciągle zwraca błąd tymczasowy. Czy można sprawdzić kondycję usługi Exchange Online w Microsoft 365?',

  'finding.unknown.title': 'Nie rozpoznajemy tego błędu',
  'finding.unknown.explanation': 'Serwer lub aplikacja zgłosiły problem, którego ta aplikacja jeszcze nie zna. Jego dokładna treść została zachowana, aby administrator IT mógł ją sprawdzić.',
  'finding.unknown.steps.1': 'Sprawdź nazwę serwera, port i zabezpieczenia. Dla Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Wyślij poniższą wiadomość do administratora IT.',
  'finding.unknown.admin': 'Gdy {sender} wysyła pocztę jako {address} przez {host}, pojawia się błąd, którego Mail Setup Assistant nie rozpoznaje. Czy można się temu przyjrzeć?',
};
