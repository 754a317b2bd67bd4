/** `mail-setup probe` as text: the stage table, the TLS summary, the findings and the verdict. */
import { t, type MessageKey } from '../../shared/i18n';
import { formatDateTime } from '../../shared/i18n/intl-format';
import { PROVEN_HEADING, provenOutcome } from '../../shared/proven';
import { stageDetailText } from '../../shared/stage-details';
import { TLS_DIAGNOSIS_WORDS } from '../../shared/tls-words';
import type { ProbeResult, StageStatus } from '../../shared/types';

/** Turns a finding id into words (the CLI passes the catalogue's titles). */
export type DescribeFinding = (findingId: string) => string | undefined;

const STATUS: Readonly<Record<StageStatus, MessageKey>> = {
  pass: 'probe.cli.status.pass',
  warn: 'probe.cli.status.warn',
  fail: 'probe.cli.status.fail',
  skipped: 'probe.cli.status.skipped',
};

const VERDICT: Readonly<Record<ProbeResult['verdict'], MessageKey>> = {
  pass: 'probe.cli.verdict.pass',
  warn: 'probe.cli.verdict.warn',
  fail: 'probe.cli.verdict.fail',
  cancelled: 'probe.cli.verdict.cancelled',
};

// validTo is ISO 8601; people read it in their locale, in UTC as certificates state it.
const validTo = (iso: string): string => {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : formatDateTime(moment, 'UTC');
};

export function formatProbeResult(result: ProbeResult, describe?: DescribeFinding): string {
  const rows = result.stages.map((stage) => [
    stage.id,
    t(STATUS[stage.status]),
    stage.status === 'skipped' ? '' : t('probe.cli.duration', { ms: stage.durationMs }),
    stageDetailText(stage.detail),
  ]);
  const header = [t('probe.cli.column.stage'), t('probe.cli.column.status'), t('probe.cli.column.time'), t('probe.cli.column.detail')];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];

  const { tls } = result;
  if (tls) {
    const verification = tls.verified ? t('probe.cli.tls.verified') : t('probe.cli.tls.not-verified', { error: tls.verifyError ?? 'unknown' });
    out.push('', t('probe.cli.tls', { protocol: tls.protocol ?? '?', cipher: tls.cipher ?? '?', verification, diagnosis: t(TLS_DIAGNOSIS_WORDS[tls.diagnosis]) }));
    if (tls.interceptor) out.push(t('probe.cli.tls.interceptor', { product: tls.interceptor }));
    if (tls.trustedViaSystemStore) out.push(t('probe.cli.tls.system-store'));
    for (const cert of tls.chain) {
      out.push(t('probe.cli.tls.certificate', { subject: cert.subjectCN || cert.subject, issuer: cert.issuerCN || cert.issuer, validTo: validTo(cert.validTo) }));
    }
  }
  if (result.findings.length > 0) {
    out.push('', t('probe.cli.findings'));
    for (const id of result.findings) {
      const words = describe?.(id);
      out.push(words ? `  ${id}: ${words}` : `  ${id}`);
    }
  }
  out.push('', t(VERDICT[result.verdict], { ms: result.durationMs }));
  // What the verdict proves, in the app's words (a pass without sign-in did not check the account).
  out.push(t('verdict.cli.proven', { heading: t(PROVEN_HEADING[provenOutcome(result)]) }));
  return `${out.join('\n')}\n`;
}
