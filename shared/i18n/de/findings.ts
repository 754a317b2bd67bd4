/**
 * German findings: the labels every finding shares, plus the translated finding files.
 * Fragments that code puts into sentences are written for their German slot:
 * `finding.sender.*` are nominative (every sentence puts {sender} where it is the subject),
 * `finding.param.interceptor` is dative (it only follows „von“), `finding.clock.*` end in
 * „vor“/„nach“ for „Die Uhr … geht {clockOffset}“, and the half-year dates carry their „im“.
 */
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

/** German: findings (shared labels, then every finding area). */
export const findings: Translation<typeof source> = {
  'finding.severity.error': 'Fehler',
  'finding.severity.warning': 'Warnung',
  'finding.severity.info': 'Hinweis',
  'finding.who.you': 'Sie',
  'finding.who.it-admin': 'Ihr IT-Admin',
  'finding.who.network': 'Ihr Netzwerk oder Ihr Internetanbieter',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Niemand: Das erledigt sich mit der Zeit',
  'finding.label.also-possible': 'Ebenfalls möglich',
  'finding.label.nothing-to-fix': 'Das ist eine Erfolgsmeldung des Servers: Es gibt nichts zu beheben.',
  'finding.admin.greeting': 'Hallo,',
  'finding.admin.closing': 'Vielen Dank!',
  'finding.admin.portal': 'Wo Sie das ändern: {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Server: {host}, Port {port}.',
  'finding.admin.quote': 'Die genaue Fehlermeldung lautete:\n{quote}',
  'finding.param.address': '<meine E-Mail-Adresse>',
  'finding.param.interceptor': 'einem Sicherheitsprogramm',
  'finding.sender.this-app': 'der Mail Setup Assistant',
  'finding.sender.website': 'unsere Website oder unser Skript',
  'finding.sender.website.named': 'unsere Website oder unser Skript ({product})',
  'finding.sender.device': 'unser Drucker oder Scanner',
  'finding.sender.device.named': 'unser Drucker oder Scanner ({product})',
  'finding.sender.mail-app': 'meine E-Mail-App',
  'finding.sender.mail-app.named': 'meine E-Mail-App ({product})',
  'finding.sender.unknown': 'die App oder das Gerät für meinen E-Mail-Versand',
  'finding.clock.behind': 'etwa {amount} nach',
  'finding.clock.ahead': 'etwa {amount} vor',
  'finding.clock.minutes': '{n, plural, one {# Minute} other {# Minuten}}',
  'finding.clock.hours': '{n, plural, one {# Stunde} other {# Stunden}}',
  'finding.clock.days': '{n, plural, one {# Tag} other {# Tage}}',
  'finding.date.first-half': 'im ersten Halbjahr {year}',
  'finding.date.second-half': 'im zweiten Halbjahr {year}',
  // `mail-setup explain` als Text: ganze Zeilen.
  'finding.cli.headline': '{title}  [{severity} · Wer es behebt: {who}]',
  'finding.cli.most-likely': 'Am wahrscheinlichsten: {headline}',
  'finding.cli.recognised': 'Erkannt: {items}',
  'finding.cli.recognised.phrase': '„{text}“',
  'finding.cli.steps': 'Was Sie tun können:',
  'finding.cli.admin': 'Nachricht für Ihren IT-Admin:',
  'finding.cli.source': 'Quelle: {source}',
  'finding.cli.source-as-of': 'Quelle: {source} (Stand der Fakten: {date})',
  'finding.cli.other-causes': 'Andere mögliche Ursachen:',
  'finding.cli.error.preset': 'Unbekannte Vorgabe „{value}“. Die Liste zeigt --help.',
  'finding.cli.error.port': '--port muss eine Zahl von 1 bis 65535 sein, nicht „{value}“.',
  'finding.cli.error.auth': '--auth muss {choices} sein.',
  'finding.cli.error.network': '--network muss {choices} sein.',
  'finding.cli.error.no-text': 'Geben Sie den Fehlertext als Argument an oder leiten Sie ihn über die Standardeingabe weiter.',
  'finding.param.send-from-mailbox': '<Postfach, aus dem gesendet wird>',
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
};
