/**
 * English messages: findings. Keys are stable ids; see shared/i18n/translate.ts.
 * Per finding: `finding.<id>.title`, `.explanation` (staff language, at most three short
 * sentences), `.steps.1..n` (n = CATALOGUE[id].steps), `.admin` (the body of a polite,
 * ready-to-send message; the admin portal path and PowerShell lines are appended from the
 * catalogue). Placeholders: {address} {host} {port} {interceptor} {quote}.
 */
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsSending } from './findings-sending';

/** Labels shared by every finding. */
const findingLabels = {
  // Shared labels
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
  'finding.label.most-likely': "Most likely",
  'finding.label.nothing-to-fix': "This is a success reply from the server: there is nothing to fix.",
  'finding.admin.greeting': "Hello,",
  'finding.admin.closing': "Thank you!",
  'finding.admin.portal': "Where to change it: {portal}",
  'finding.admin.powershell': "Exchange Online PowerShell:\n{powershell}",
  'finding.admin.server': "Server: {host}, port {port}.",
  'finding.admin.quote': "The exact reply was:\n{quote}",
  'finding.param.address': "<my email address>",
  'finding.param.interceptor': "a security program",
} as const;

export const findings = {
  ...findingLabels,
  ...findingsConnection,
  ...findingsAuth,
  ...findingsSending,
} as const;
