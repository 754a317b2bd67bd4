import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** Polish: signing Apple profiles with IT’s certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'Plik certyfikatu do podpisywania nie ma hasła do klucza prywatnego. Wyeksportuj go ponownie z hasłem i zapisz to hasło w zmiennej środowiskowej wskazanej w ustawieniach domyślnych organizacji.',
  'export.signing.wrong-password': 'Hasło do pliku certyfikatu do podpisywania jest nieprawidłowe. Sprawdź zmienną środowiskową wskazaną w ustawieniach domyślnych organizacji.',
  'export.signing.unreadable': 'Nie można odczytać pliku certyfikatu do podpisywania jako pliku PKCS#12 (.p12/.pfx): {reason}',
  'export.signing.no-key': 'Plik certyfikatu do podpisywania nie zawiera klucza prywatnego.',
  'export.signing.no-certificate': 'Plik certyfikatu do podpisywania nie zawiera certyfikatu dla swojego klucza prywatnego.',
  'export.signing.not-valid': 'Certyfikat do podpisywania „{signer}” nie jest dziś ważny (ważny do {until}); urządzenia traktowałyby profile jak niepodpisane.',
  'export.signing.missing-file': 'Nie można odczytać pliku certyfikatu do podpisywania {path}: {reason}',
  'export.signing.missing-password': 'Zmienna środowiskowa {name}, która powinna zawierać hasło certyfikatu do podpisywania, nie jest ustawiona.',
  'export.signing.off': 'Profile nie są podpisywane: dział IT nie skonfigurował certyfikatu do podpisywania.',
  'export.signing.ready': 'Profile są podpisywane jako „{signer}”.',
  'export.signing.problem': 'Nie można podpisać profili, więc są zapisywane bez podpisu: {problem}',

  'export.outlook-check.found': 'Outlook znajdzie Twoją skrzynkę: usługa konfiguracji Microsoft zna adres {address}.',
  'export.outlook-check.found-no-dns':
    'Program Outlook dla systemu Windows znajdzie Twoją skrzynkę przez usługę Microsoft, ale domena {domain} nie ma rekordu autodiscover, więc niektóre aplikacje mogą jej nie znaleźć. Poproś dział IT o dodanie rekordu DNS autodiscover.{domain} wskazującego na {target}.',
  'export.outlook-check.dns-other':
    'Uwaga: autodiscover.{domain} wskazuje na {target}, a nie na Microsoft 365. Jeśli Outlook znajdzie stary serwer, poproś dział IT o skierowanie tego rekordu na {expected}.',
  'export.outlook-check.not-found':
    'Usługa konfiguracji Microsoft nie zna adresu {address}, więc Outlook nie znajdzie go sam. Sprawdź, czy w adresie nie ma literówek; jeśli jest poprawny, zapytaj dział IT, czy skrzynka jest w Microsoft 365.',
  'export.outlook-check.offline': 'Nie sprawdzono: ten komputer nie ma połączenia z siecią. Instrukcja i tak zadziała, gdy połączenie wróci.',
  'export.outlook-check.failed': 'Nie można sprawdzić z tego komputera ({reason}). Instrukcja może mimo to działać; spróbuj sprawdzić później.',
  'export.outlook-check.checking': 'Sprawdzanie, czy Outlook znajdzie Twoją skrzynkę…',
};
