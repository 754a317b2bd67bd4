import { fact } from '../facts';
import { format, t, type MessageKey } from '../i18n';
import { formatHours } from '../i18n/intl-format';
import { PRESETS } from '../presets';
import { CATALOGUE } from './catalogue';
import type { FixedBy, Severity } from './catalogue-entry';
import { clockIsOff } from './clock';
import { FACT_PLACEHOLDER_NAMES, factPlaceholderValue, lazyValues } from './fact-values';
import type { FindingId } from './ids';
import {
  CLOCK_UNIT_KEYS,
  DETECTED_SENDER_KEYS,
  findingKeys,
  MEASURED_CLOCK_KEYS,
  OTHER_APP_ADMIN,
  SENDER_KEYS,
  SENDER_VARIANTS,
  SEVERITY_KEYS,
  WHO_KEYS,
  type SenderKind,
} from './message-keys';

export { findingKeys, type SenderKind } from './message-keys';

export interface Sender {
  kind: SenderKind;
  /** What the text names it, e.g. "PHPMailer", "HP LaserJet", "Outlook". */
  product?: string;
}

export interface DescribeParams {
  /** The server's or library's words (FindingMatch.quote): shown to IT, and in `unknown`'s explanation. */
  quote?: string;
  host?: string;
  port?: number;
  /** The person's address: names their mailbox in the admin message and PowerShell. */
  address?: string;
  /** Product named by an intercepting certificate (TlsReport.interceptor) or the pasted text. */
  interceptor?: string;
  /** This computer's clock minus the server's, in minutes (from the server's greeting date). */
  clockOffsetMinutes?: number;
  /** Who sends the mail; this app when not given. */
  sender?: Sender;
}

export interface FindingDescription {
  id: FindingId;
  severity: Severity;
  who: FixedBy;
  /** The severity and the fixer in words, so no screen builds a key from them. */
  severityLabel: string;
  whoLabel: string;
  title: string;
  explanation: string;
  steps: string[];
  adminMessage: string;
  source: string;
  /** Ids of the sourced facts the words rely on (shared/facts). */
  facts: readonly string[];
  /** When those facts were last checked (YYYY-MM-DD). */
  asOf?: string;
}

/** The i18n keys of one finding; the key test and translators use the same list. */
export function findingMessageKeys(id: FindingId): { title: string; explanation: string; steps: string[]; admin: string } {
  const keys = findingKeys(id);
  return { title: keys.title, explanation: keys.explanation, steps: [...keys.steps], admin: keys.admin };
}

function clockOffsetPhrase(minutes: number): string {
  const size = Math.abs(minutes);
  const [unit, n] = size < 90 ? (['minute', size] as const) : size < 48 * 60 ? (['hour', Math.round(size / 60)] as const) : (['day', Math.round(size / 1440)] as const);
  // ICU plural: each language words 1, 2, 5, 22 … its own way (Polish has four forms).
  const amount = t(CLOCK_UNIT_KEYS[unit], { n });
  return t(minutes < 0 ? 'finding.clock.behind' : 'finding.clock.ahead', { amount });
}

/** One sentence for the paste screen saying who sent the text, e.g. "… from a printer or scanner (HP LaserJet)." */
export function detectedSenderText(sender: Sender): string {
  const keys = DETECTED_SENDER_KEYS[sender.kind];
  const product = sender.product?.trim();
  return product ? t(keys.named, { product }) : t(keys.plain);
}

function senderPhrase(sender: Sender | undefined): string {
  const keys = SENDER_KEYS[sender?.kind ?? 'this-app'];
  const product = sender?.product?.trim();
  return product ? t(keys.named, { product }) : t(keys.plain);
}

interface ChosenKeys {
  explanation: MessageKey;
  steps: readonly MessageKey[];
  admin: MessageKey;
}

/** The evidence picks the words: a measured clock, a printer or website, another app. */
function chooseKeys(id: FindingId, params: DescribeParams): ChosenKeys {
  const base = findingKeys(id);
  const chosen: ChosenKeys = { explanation: base.explanation, steps: base.steps, admin: base.admin };
  if (id === 'tls.clock-skew' && clockIsOff(params.clockOffsetMinutes)) {
    chosen.explanation = MEASURED_CLOCK_KEYS.explanation;
    chosen.admin = MEASURED_CLOCK_KEYS.admin;
  }
  const kind = params.sender?.kind;
  const variant = kind === 'device' || kind === 'website' ? SENDER_VARIANTS[id]?.[kind] : undefined;
  if (variant) {
    chosen.steps = variant.steps;
    chosen.admin = variant.admin;
  }
  const otherApp = OTHER_APP_ADMIN[id];
  if (otherApp && kind !== undefined && kind !== 'this-app') chosen.admin = otherApp;
  return chosen;
}

function adminMessage(id: FindingId, body: string, values: Record<string, string | number>, params: DescribeParams): string {
  const setting = CATALOGUE[id].admin;
  const blocks = [t('finding.admin.greeting'), body];
  const settingLines: string[] = [];
  if (setting?.portal) settingLines.push(t('finding.admin.portal', { portal: t(setting.portal, values) }));
  if (setting?.powershell?.length) {
    const powershell = setting.powershell.map((line) => format(line, values)).join('\n');
    settingLines.push(t('finding.admin.powershell', { powershell }));
  }
  if (settingLines.length) blocks.push(settingLines.join('\n'));
  const evidence: string[] = [];
  if (params.host) evidence.push(t('finding.admin.server', { host: values.host ?? '', port: values.port ?? '' }));
  if (params.quote) evidence.push(t('finding.admin.quote', { quote: params.quote }));
  if (evidence.length) blocks.push(evidence.join('\n'));
  blocks.push(t('finding.admin.closing'));
  return blocks.join('\n\n');
}

function latestCheck(factIds: readonly string[]): string | undefined {
  return factIds.map((id) => fact(id).checked).sort().at(-1);
}

/** A finding in words, resolved through the i18n layer, ready for a screen, the CLI or a report. */
export function describeFinding(id: FindingId, params: DescribeParams = {}): FindingDescription {
  const entry = CATALOGUE[id];
  const keys = chooseKeys(id, params);
  const later: Record<string, () => string | number> = Object.fromEntries(FACT_PLACEHOLDER_NAMES.map((name) => [name, () => factPlaceholderValue(name)]));
  // The recipient limit counts a rolling day (limits.recipients-per-day).
  later['quotaWindow'] = () => formatHours(24);
  const values = lazyValues({
    address: params.address?.trim() || t('finding.param.address'),
    host: params.host?.trim() || (PRESETS.microsoft365.host ?? ''),
    port: params.port ?? PRESETS.microsoft365.port,
    interceptor: params.interceptor?.trim() || t('finding.param.interceptor'),
    sendFromMailbox: t('finding.param.send-from-mailbox'),
    quote: params.quote ?? '',
    sender: senderPhrase(params.sender),
    clockOffset: params.clockOffsetMinutes === undefined ? '' : clockOffsetPhrase(params.clockOffsetMinutes),
  }, later);
  let explanation = t(keys.explanation, values);
  if (id === 'unknown' && params.quote) explanation = `${explanation} ${t('finding.unknown.quoted', { quote: params.quote })}`;
  const description: FindingDescription = {
    id,
    severity: entry.severity,
    who: entry.who,
    severityLabel: t(SEVERITY_KEYS[entry.severity]),
    whoLabel: t(WHO_KEYS[entry.who]),
    title: t(findingKeys(id).title, values),
    explanation,
    steps: keys.steps.map((key) => t(key, values)),
    adminMessage: adminMessage(id, t(keys.admin, values), values, params),
    source: entry.source,
    facts: entry.facts,
  };
  const asOf = latestCheck(entry.facts);
  if (asOf) description.asOf = asOf;
  return description;
}
