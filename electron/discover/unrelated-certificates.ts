import { isMicrosoftHost } from '../../shared/presets';
import type { ProbeResult } from '../../shared/types';

/**
 * True when TLS was reached, nothing verified, and every leaf certificate names only
 * hosts unrelated to Microsoft (a captive portal or a hijacking network answering in
 * Microsoft's place). An interceptor re-signs for Microsoft's names, so it does not
 * count here; tls-diagnosis names it separately.
 */
export function unrelatedCertificates(probes: readonly ProbeResult[]): boolean {
  const reports = probes.flatMap((probe) => (probe.tls && probe.tls.chain.length > 0 ? [probe.tls] : []));
  if (reports.length === 0 || reports.some((report) => report.verified)) return false;
  return reports.every((report) => {
    const leaf = report.chain[0];
    const names = leaf ? [leaf.subjectCN, ...leaf.sans] : [];
    return !names.some((name) => isMicrosoftHost(name.replace(/^\*\./, '')));
  });
}
