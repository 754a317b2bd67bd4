import type { ProbeResult } from '../../shared/types';

/** Turns a finding id into words; the lead plugs in the catalogue's titles. */
export type DescribeFinding = (findingId: string) => string | undefined;

const STATUS_LABEL = { pass: 'ok', warn: 'WARN', fail: 'FAIL', skipped: '-' } as const;

/** Plain-text report for the CLI: a stage table, the TLS summary, the findings and the verdict. */
export function formatProbeResult(result: ProbeResult, describe?: DescribeFinding): string {
  const rows = result.stages.map((stage) => [
    stage.id,
    STATUS_LABEL[stage.status],
    stage.status === 'skipped' ? '' : `${stage.durationMs} ms`,
    stage.detail,
  ]);
  const header = ['stage', 'status', 'time', 'detail'];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];

  const { tls } = result;
  if (tls) {
    out.push('', `TLS: ${tls.protocol ?? '?'} ${tls.cipher ?? '?'}; ${tls.verified ? 'certificate verified' : `certificate NOT verified (${tls.verifyError ?? 'unknown'})`}; ${tls.diagnosis}`);
    if (tls.interceptor) out.push(`TLS intercepted by: ${tls.interceptor}`);
    if (tls.trustedViaSystemStore) out.push('Trusted through a certificate in the system store.');
    for (const cert of tls.chain) out.push(`  ${cert.subjectCN || cert.subject}  (issuer: ${cert.issuerCN || cert.issuer}; valid to ${cert.validTo})`);
  }
  if (result.findings.length > 0) {
    out.push('', 'Findings:');
    for (const id of result.findings) {
      const words = describe?.(id);
      out.push(words ? `  ${id}: ${words}` : `  ${id}`);
    }
  }
  out.push('', `Verdict: ${result.verdict} (${result.durationMs} ms)`);
  return `${out.join('\n')}\n`;
}
