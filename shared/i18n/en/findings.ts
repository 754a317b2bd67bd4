/**
 * English messages: findings. Keys are stable ids; see shared/i18n/translate.ts.
 * Per finding: `finding.<id>.title`, `.explanation` (staff language, at most three short
 * sentences), `.steps.1..n` (n = CATALOGUE[id].steps), `.admin` (the body of a polite,
 * ready-to-send message; the admin portal path (findings-admin.ts) and PowerShell lines are
 * appended from the catalogue). Placeholders: {address} {host} {port} {interceptor} {quote} {sender}
 * {clockOffset} {sendFromMailbox} {quotaWindow}, and the fact placeholders of shared/findings/fact-values.ts ({m365Host},
 * {basicOffMonth}, …), so a host, a port or a date is never written here twice.
 */
import { findingsAdmin } from './findings-admin';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/** Labels shared by every finding. */
const findingLabels = {
  'finding.severity.error': "Problem",
  'finding.severity.warning': "Warning",
  'finding.severity.info': "Note",
  'finding.who.you': "You",
  'finding.who.it-admin': "Your IT admin",
  'finding.who.network': "Your network or internet provider",
  'finding.who.microsoft': "Microsoft",
  'finding.who.wait': "Nobody: it clears with time",
  'finding.label.also-possible': "Also possible",
  // `mail-setup explain` as text (electron/cli/explain-command.ts): whole lines, so the
  // colon and the quotation marks sit where each language puts them.
  'finding.cli.headline': "{title}  [{severity} · Who fixes it: {who}]",
  'finding.cli.most-likely': "Most likely: {headline}",
  'finding.cli.recognised': "Recognised: {items}",
  'finding.cli.recognised.phrase': "“{text}”",
  'finding.cli.steps': "What you can do:",
  'finding.cli.admin': "Message for your IT admin:",
  'finding.cli.source': "Source: {source}",
  'finding.cli.source-as-of': "Source: {source} (facts as of {date})",
  'finding.cli.other-causes': "Other possible causes:",
  'finding.cli.error.preset': "Unknown preset \"{value}\". See --help for the list.",
  'finding.cli.error.port': "--port must be a number from 1 to 65535, not \"{value}\".",
  'finding.cli.error.auth': "--auth must be {choices}.",
  'finding.cli.error.network': "--network must be {choices}.",
  'finding.cli.error.no-text': "Give the error text as an argument, or pipe it on standard input.",
  'finding.label.nothing-to-fix': "This is a success reply from the server: there is nothing to fix.",
  'finding.admin.greeting': "Hello,",
  'finding.admin.closing': "Thank you!",
  'finding.admin.portal': "Where to change it: {portal}",
  'finding.admin.powershell': "Exchange Online PowerShell:\n{powershell}",
  'finding.admin.server': "Server: {host}, port {port}.",
  // A pasted text may be a library's error rather than the server's reply.
  'finding.admin.quote': "The exact error message was:\n{quote}",
  'finding.param.address': "<my email address>",
  'finding.param.interceptor': "a security program",
  'finding.param.send-from-mailbox': "<mailbox to send from>",
  // Who sends the mail, as the person would name it to IT (mid-sentence).
  'finding.sender.this-app': "the Mail Setup Assistant app",
  'finding.sender.website': "our website or script",
  'finding.sender.website.named': "our website or script ({product})",
  'finding.sender.device': "our printer or scanner",
  'finding.sender.device.named': "our printer or scanner ({product})",
  'finding.sender.mail-app': "my mail app",
  'finding.sender.mail-app.named': "my mail app ({product})",
  'finding.sender.unknown': "the app or device that sends my mail",
  // How far this computer's clock is off, from the server's greeting.
  'finding.clock.behind': "about {amount} behind",
  'finding.clock.ahead': "about {amount} ahead",
  'finding.clock.minutes': "{n, plural, one {# minute} other {# minutes}}",
  'finding.clock.hours': "{n, plural, one {# hour} other {# hours}}",
  'finding.clock.days': "{n, plural, one {# day} other {# days}}",
  // Half-years taken from the facts table (days and months are written by Intl).
  'finding.date.first-half': "the first half of {year}",
  'finding.date.second-half': "the second half of {year}",
} as const;

export const findings = {
  ...findingLabels,
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
} as const;
