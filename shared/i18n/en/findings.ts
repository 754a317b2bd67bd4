/**
 * English messages: findings. Keys are stable ids; see shared/i18n/translate.ts.
 * Per finding: `finding.<id>.title`, `.explanation` (staff language, at most three short
 * sentences), `.steps.1..n` (n = CATALOGUE[id].steps), `.admin` (the body of a polite,
 * ready-to-send message; the admin portal path and PowerShell lines are appended from the
 * catalogue). Placeholders: {address} {host} {port} {interceptor} {quote} {sender}
 * {clockOffset}, and the fact placeholders of shared/findings/fact-values.ts ({m365Host},
 * {basicOffMonth}, …), so a host, a port or a date is never written here twice.
 */
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
  'finding.label.who': "Who fixes it",
  'finding.label.steps': "What you can do",
  'finding.label.admin': "Message for your IT admin",
  'finding.label.source': "Source",
  'finding.label.as-of': "Facts as of {date}",
  'finding.label.also-possible': "Also possible",
  'finding.label.other-causes': "Other possible causes",
  'finding.label.most-likely': "Most likely",
  'finding.label.recognised': "Recognised",
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
  // Dates taken from the facts table.
  'finding.date.day': "{day} {month} {year}",
  'finding.date.month': "{month} {year}",
  'finding.date.first-half': "the first half of {year}",
  'finding.date.second-half': "the second half of {year}",
  'finding.month.1': "January",
  'finding.month.2': "February",
  'finding.month.3': "March",
  'finding.month.4': "April",
  'finding.month.5': "May",
  'finding.month.6': "June",
  'finding.month.7': "July",
  'finding.month.8': "August",
  'finding.month.9': "September",
  'finding.month.10': "October",
  'finding.month.11': "November",
  'finding.month.12': "December",
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
} as const;
