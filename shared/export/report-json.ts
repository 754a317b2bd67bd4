/** The machine-readable diagnostic report: the redacted result plus finding titles, as one JSON document. */
import { probeResultToJson, type ProbeResultJson } from '../probe-result-json';
import type { ProbeResult } from '../types';
import { describeFromMessages, type DescribeFinding } from './finding-descriptions';
import { redactProbeResult, redactValue } from './redaction';

export const REPORT_FORMAT_ID = 'mail-setup-assistant/diagnostic-report';
export const REPORT_VERSION = 1;

export interface ReportOptions {
  now?: Date;
  describe?: DescribeFinding;
  /** Secrets the caller knows about (the password just tested); stripped wherever they appear. */
  secrets?: readonly string[];
}

export interface DiagnosticReport {
  format: typeof REPORT_FORMAT_ID;
  version: typeof REPORT_VERSION;
  generatedAt: string;
  findings: { id: string; title: string | null; explanation: string | null }[];
  /** The result as `probe --json` writes it: each stage's detail in English, its code alongside. */
  result: ProbeResultJson;
}

export function buildDiagnosticReport(result: ProbeResult, options: ReportOptions = {}): DiagnosticReport {
  const safe = redactProbeResult(result, options.secrets);
  const describe = options.describe ?? describeFromMessages;
  const findings = safe.findings.map((id) => {
    const description = describe(id);
    return { id, title: description?.title ?? null, explanation: description?.explanation ?? null };
  });
  return {
    format: REPORT_FORMAT_ID,
    version: REPORT_VERSION,
    generatedAt: (options.now ?? new Date()).toISOString(),
    // Descriptions come from outside the result, so they pass the guard as well.
    findings: redactValue(findings, options.secrets) as DiagnosticReport['findings'],
    result: probeResultToJson(safe),
  };
}

export function renderReportJson(result: ProbeResult, options: ReportOptions = {}): string {
  return `${JSON.stringify(buildDiagnosticReport(result, options), null, 2)}\n`;
}
