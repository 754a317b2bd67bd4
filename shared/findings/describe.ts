import { format, t, tDynamic } from '../i18n';
import { PRESETS } from '../presets';
import { CATALOGUE } from './catalogue';
import type { FixedBy, Severity } from './catalogue-entry';
import type { FindingId } from './ids';

export interface DescribeParams {
  /** The server's or library's words (FindingMatch.quote): shown to IT, and in `unknown`'s explanation. */
  quote?: string;
  host?: string;
  port?: number;
  /** The person's address: names their mailbox in the admin message and PowerShell. */
  address?: string;
  /** Product named by an intercepting certificate (TlsReport.interceptor). */
  interceptor?: string;
}

export interface FindingDescription {
  id: FindingId;
  severity: Severity;
  who: FixedBy;
  title: string;
  explanation: string;
  steps: string[];
  adminMessage: string;
  source: string;
  asOf?: string;
}

/** The i18n keys of one finding; the key test and translators use the same list. */
export function findingMessageKeys(id: FindingId): { title: string; explanation: string; steps: string[]; admin: string } {
  const base = `finding.${id}`;
  const steps = Array.from({ length: CATALOGUE[id].steps }, (_, i) => `${base}.steps.${i + 1}`);
  return { title: `${base}.title`, explanation: `${base}.explanation`, steps, admin: `${base}.admin` };
}

function adminMessage(id: FindingId, values: Record<string, string | number>, params: DescribeParams): string {
  const setting = CATALOGUE[id].admin;
  const blocks = [t('finding.admin.greeting'), tDynamic(findingMessageKeys(id).admin, values)];
  const settingLines: string[] = [];
  if (setting?.portal) settingLines.push(t('finding.admin.portal', { portal: format(setting.portal, values) }));
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

/** A finding in words, resolved through the i18n layer, ready for a screen, the CLI or a report. */
export function describeFinding(id: FindingId, params: DescribeParams = {}): FindingDescription {
  const entry = CATALOGUE[id];
  const keys = findingMessageKeys(id);
  const values: Record<string, string | number> = {
    address: params.address?.trim() || t('finding.param.address'),
    host: params.host?.trim() || (PRESETS.microsoft365.host ?? ''),
    port: params.port ?? PRESETS.microsoft365.port,
    interceptor: params.interceptor?.trim() || t('finding.param.interceptor'),
    quote: params.quote ?? '',
  };
  let explanation = tDynamic(keys.explanation, values);
  if (id === 'unknown' && params.quote) explanation = `${explanation} ${t('finding.unknown.quoted', { quote: params.quote })}`;
  const description: FindingDescription = {
    id,
    severity: entry.severity,
    who: entry.who,
    title: tDynamic(keys.title, values),
    explanation,
    steps: keys.steps.map((key) => tDynamic(key, values)),
    adminMessage: adminMessage(id, values, params),
    source: entry.source,
  };
  if (entry.asOf) description.asOf = entry.asOf;
  return description;
}
