import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** Polish: the export screen („Skonfiguruj aplikację pocztową”). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Skonfiguruj aplikację pocztową',
  'exportScreen.title': 'Skonfiguruj swoją aplikację pocztową',
  'exportScreen.lead': 'Wybierz aplikację, której używasz. Otrzymasz to, co działa w tej aplikacji dla adresu {address}: plik, instrukcję krok po kroku albo sprawdzenie.',
  'exportScreen.lead.noAccount': 'Podaj swój adres i rodzaj konta, a potem wybierz aplikację, której używasz.',
  'exportScreen.offline': 'Brak połączenia z siecią: wszystkie pliki i instrukcje nadal działają. Tylko sprawdzenie, czy Outlook znajdzie skrzynkę, wymaga połączenia.',

  'exportScreen.account.heading': 'Twoje konto',
  'exportScreen.account.address': 'Adres e-mail',
  'exportScreen.account.kind': 'Rodzaj konta',
  'exportScreen.account.kind.microsoft365': 'Konto służbowe lub szkolne Microsoft 365',
  'exportScreen.account.kind.outlook-com': 'Outlook.com lub Hotmail',
  'exportScreen.account.kind.imap': 'Inny dostawca (IMAP lub POP z hasłem)',
  'exportScreen.account.kind.relay': 'Drukarka lub aplikacja wysyłająca przez Microsoft 365 (bez skrzynki)',
  'exportScreen.account.kindHint': 'Adresy służbowe i szkolne w Microsoft 365 logują się przez Microsoft. Dla każdej innej usługi poczty wybierz „Inny dostawca”.',
  'exportScreen.account.outgoingHost': 'Serwer poczty wychodzącej (SMTP)',
  'exportScreen.account.incomingProtocol': 'Poczta przychodząca',
  'exportScreen.account.incomingHost': 'Serwer poczty przychodzącej',
  'exportScreen.account.incomingHint': 'Podaje go Twój dostawca, na przykład imap.example.com. Potrzebny do plików ustawień.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Zmień konto',
  'exportScreen.account.invalid': 'Sprawdź konto: {message}',

  'exportScreen.apps.heading': 'Której aplikacji używasz?',
  'exportScreen.apps.hint': 'Wybierz jedną; możesz wrócić po kolejną.',
  'exportScreen.plan.heading.outlook-classic': 'Co działa w klasycznym programie Outlook dla systemu Windows',
  'exportScreen.plan.heading.outlook-new': 'Co działa w nowym programie Outlook dla systemu Windows',
  'exportScreen.plan.heading.outlook-mac': 'Co działa w programie Outlook dla komputerów Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'Co działa w aplikacji Apple Mail na Macu',
  'exportScreen.plan.heading.ios': 'Co działa w aplikacji Mail na iPhonie lub iPadzie',
  'exportScreen.plan.heading.thunderbird': 'Co działa w programie Thunderbird',
  'exportScreen.plan.heading.device': 'Co działa w przypadku drukarki, skanera lub aplikacji',

  'exportScreen.files.heading': 'Pliki',
  'exportScreen.steps.print': 'Drukuj instrukcję',
  'exportScreen.steps.pdf': 'Zapisz instrukcję jako PDF…',
  'exportScreen.save': 'Zapisz…',
  'exportScreen.saving': 'Zapisywanie…',
  'exportScreen.saved': 'Zapisano: {path}',
  'exportScreen.saved.signed': 'Podpisano przez Twoją organizację.',
  'exportScreen.saved.unsigned': 'Bez podpisu.',
  'exportScreen.failed': 'Nie można zapisać: {message}',
  'exportScreen.showInFolder': 'Pokaż w folderze',
  'exportScreen.open': 'Otwórz',
  'exportScreen.openFailed': 'Nie można tego zrobić: {message}',
  'exportScreen.notes.heading': 'Warto wiedzieć',

  'exportScreen.check.heading': 'Czy Outlook znajdzie Twoją skrzynkę?',
  'exportScreen.check.run': 'Sprawdź teraz',
  'exportScreen.check.again': 'Sprawdź ponownie',
  'exportScreen.check.notRun': 'Aplikacja może zapytać Microsoft z tego komputera, czy Outlook znajdzie Twoją skrzynkę.',

  'exportScreen.signing.ready': 'Profile Apple są podpisywane jako „{signer}”, więc urządzenia pokazują je jako „Zweryfikowany”.',
  'exportScreen.signing.problem': 'Profile Apple są zapisywane bez podpisu: {problem}',

  'exportScreen.forIt.heading': 'Dla IT',
  'exportScreen.forIt.lead': 'Pliki dla osoby, która zarządza pocztą w Twojej organizacji. Nie są potrzebne do skonfigurowania aplikacji.',
};
