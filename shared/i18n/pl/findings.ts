import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAdmin } from './findings-admin';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/**
 * Labels shared by every finding, and the fragments code joins into sentences:
 * - finding.sender.* is always used in the nominative, mid-sentence („…, gdy wysyła {sender}”);
 *   the sentences around it use present or future tense so no verb has to agree with it.
 * - finding.clock.* builds „spóźnia się mniej więcej o {amount}”: the units are accusative.
 * - Dates arrive formatted by Intl: a day is genitive („16 września 2024”, so „od {date}” reads well),
 *   but a month with its year ({basicOffMonth}) is nominative („grudzień 2026”): write it after
 *   „miesiąca” („od końca miesiąca {basicOffMonth}”), never straight after a preposition.
 * - finding.date.*-half carry their preposition („w drugiej połowie 2027 roku”).
 */
const findingLabels = {
  'finding.severity.error': 'Błąd',
  'finding.severity.warning': 'Ostrzeżenie',
  'finding.severity.info': 'Informacja',
  'finding.who.you': 'Ty',
  'finding.who.it-admin': 'Administrator IT',
  'finding.who.network': 'Twoja sieć lub dostawca internetu',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Nikt — problem minie z czasem',
  'finding.label.also-possible': 'Możliwe również',
  'finding.cli.headline': '{title}  [{severity} · Kto to naprawia: {who}]',
  'finding.cli.most-likely': 'Najbardziej prawdopodobne: {headline}',
  'finding.cli.recognised': 'Rozpoznano: {items}',
  'finding.cli.recognised.phrase': '„{text}”',
  'finding.cli.steps': 'Co możesz zrobić:',
  'finding.cli.admin': 'Wiadomość dla administratora IT:',
  'finding.cli.source': 'Źródło: {source}',
  'finding.cli.source-as-of': 'Źródło: {source} (stan na {date})',
  'finding.cli.other-causes': 'Inne możliwe przyczyny:',
  'finding.cli.error.preset': 'Nieznane ustawienie wstępne „{value}”. Listę znajdziesz w --help.',
  'finding.cli.error.port': '--port musi być liczbą od 1 do 65535, a nie „{value}”.',
  'finding.cli.error.auth': '--auth musi mieć wartość {choices}.',
  'finding.cli.error.network': '--network musi mieć wartość {choices}.',
  'finding.cli.error.no-text': 'Podaj tekst błędu jako argument albo przekaż go na standardowe wejście.',
  'finding.label.nothing-to-fix': 'To odpowiedź serwera oznaczająca powodzenie: nie ma nic do naprawienia.',
  'finding.admin.greeting': 'Dzień dobry,',
  'finding.admin.closing': 'Z góry dziękuję!',
  'finding.admin.portal': 'Gdzie to zmienić: {portal}',
  'finding.admin.powershell': 'W Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Serwer: {host}, port {port}.',
  'finding.admin.quote': 'Dokładna treść komunikatu o błędzie:\n{quote}',
  'finding.param.address': '<mój adres e-mail>',
  'finding.param.interceptor': 'program zabezpieczający',
  'finding.param.send-from-mailbox': '<skrzynka, z której wysyłam>',
  'finding.sender.this-app': 'aplikacja Mail Setup Assistant',
  'finding.sender.website': 'nasza strona internetowa lub skrypt',
  'finding.sender.website.named': 'nasza strona internetowa lub skrypt ({product})',
  'finding.sender.device': 'nasza drukarka lub skaner',
  'finding.sender.device.named': 'nasza drukarka lub skaner ({product})',
  'finding.sender.mail-app': 'moja aplikacja pocztowa',
  'finding.sender.mail-app.named': 'moja aplikacja pocztowa ({product})',
  'finding.sender.unknown': 'aplikacja lub urządzenie wysyłające moją pocztę',
  'finding.clock.behind': 'spóźnia się mniej więcej o {amount}',
  'finding.clock.ahead': 'spieszy się mniej więcej o {amount}',
  'finding.clock.minutes': '{n, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}',
  'finding.clock.hours': '{n, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}}',
  'finding.clock.days': '{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'finding.date.first-half': 'w pierwszej połowie {year} roku',
  'finding.date.second-half': 'w drugiej połowie {year} roku',
} satisfies Partial<Translation<typeof source>>;

/** Polish: every finding (labels, then each area's file). */
export const findings: Translation<typeof source> = {
  ...findingLabels,
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
};
