/**
 * The readable diagnostic report for the IT admin: verdict, findings, each probe
 * stage, the TLS report and the redacted transcript. Built from the same redacted
 * DiagnosticReport as the JSON, so both say the same thing.
 */
import { t } from '../i18n';
import { formatDateTime, formatNumber } from '../i18n/intl-format';
import { TLS_DIAGNOSIS_WORDS } from '../tls-words';
import type { ProbeResultJson } from '../probe-result-json';
import type { ProbeResult, TlsReport } from '../types';
import { escapeHtml } from './html-escape';
import { htmlPage, htmlTable } from './html-page';
import { buildDiagnosticReport, type DiagnosticReport, type ReportOptions } from './report-json';
import { securityLabel } from './sheet-html';
import { AUTH_LABEL, STAGE_COLUMNS, STAGE_LABEL, STATUS_LABEL, VERDICT_LABEL } from './value-labels';

const MARKER_WIDTH = 3;

function yesNo(value: boolean): string {
  return t(value ? 'export.report.yes' : 'export.report.no');
}

function seconds(ms: number): string {
  return t('export.report.seconds', { seconds: formatNumber(Math.round(ms / 10) / 100, 2) });
}

// Moments in the report are stored as ISO 8601 (UTC); people read them in their locale, in UTC.
function moment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(date, 'UTC');
}

function summaryRows(result: ProbeResultJson): [string, string][] {
  const request = result.request;
  const rows: [string, string][] = [
    [t('export.report.summary.verdict'), t(VERDICT_LABEL[result.verdict])],
    [t('export.report.summary.server'), `${request.host}:${request.port}`],
    [t('export.report.summary.security'), securityLabel(request.security)],
    [t('export.report.summary.sign-in'), t(AUTH_LABEL[request.auth.method])],
  ];
  if (request.auth.user) rows.push([t('export.report.summary.user'), request.auth.user]);
  rows.push([t('export.report.summary.started'), moment(result.startedAt)], [t('export.report.summary.duration'), seconds(result.durationMs)]);
  return rows;
}

function findingsHtml(report: DiagnosticReport): string {
  if (report.findings.length === 0) return `<p>${escapeHtml(t('export.report.findings.none'))}</p>`;
  const items = report.findings.map(({ id, title, explanation }) => {
    const heading = title ? `<strong>${escapeHtml(title)}</strong> <code>${escapeHtml(id)}</code>` : `<code>${escapeHtml(id)}</code>`;
    return `<li>${heading}${explanation ? `<br />${escapeHtml(explanation)}` : ''}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function stagesHtml(result: ProbeResultJson): string {
  const header = STAGE_COLUMNS.map((key) => `<th scope="col">${escapeHtml(t(key))}</th>`);
  const rows = result.stages.map((stage) => {
    const label = t(STAGE_LABEL[stage.id]);
    const findings = stage.findings.length > 0 ? ` (${stage.findings.join(', ')})` : '';
    return [
      '<tr>',
      `<td>${escapeHtml(label)}</td>`,
      `<td class="status-${escapeHtml(stage.status)}">${escapeHtml(t(STATUS_LABEL[stage.status]))}</td>`,
      `<td>${escapeHtml(seconds(stage.durationMs))}</td>`,
      `<td class="value">${escapeHtml(stage.detail + findings)}</td>`,
      '</tr>',
    ].join('');
  });
  return `<table>\n<tr>${header.join('')}</tr>\n${rows.join('\n')}\n</table>`;
}

function tlsHtml(tls: TlsReport | null): string {
  if (tls === null) return `<p>${escapeHtml(t('export.report.tls.none'))}</p>`;
  const rows: [string, string][] = [
    [t('export.report.tls.protocol'), tls.protocol ?? '–'],
    [t('export.report.tls.cipher'), tls.cipher ?? '–'],
    [t('export.report.tls.verified'), yesNo(tls.verified)],
    [t('export.report.tls.diagnosis'), t(TLS_DIAGNOSIS_WORDS[tls.diagnosis])],
  ];
  if (tls.verifyError) rows.push([t('export.report.tls.verify-error'), tls.verifyError]);
  if (tls.trustedViaSystemStore) rows.push([t('export.report.tls.system-store'), yesNo(true)]);
  if (tls.interceptor) rows.push([t('export.report.tls.interceptor'), tls.interceptor]);
  tls.chain.forEach((cert, index) => {
    rows.push([
      t('export.report.tls.chain', { n: index + 1 }),
      t('export.report.tls.cert', {
        subject: cert.subject,
        issuer: cert.issuer,
        from: moment(cert.validFrom),
        to: moment(cert.validTo),
        sans: cert.sans.join(', ') || '–',
        fingerprint: cert.fingerprint256,
      }),
    ]);
  });
  return htmlTable(rows);
}

function transcriptText(result: ProbeResultJson): string {
  return result.transcript
    .map((line) => `${String(line.atMs).padStart(6)} ms  ${line.marker.padEnd(MARKER_WIDTH)} ${line.text}`)
    .join('\n');
}

export function renderReportHtml(result: ProbeResult, options: ReportOptions = {}): string {
  const report = buildDiagnosticReport(result, options);
  const safe = report.result;
  const title = t('export.report.title');
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(t('export.report.created', { date: moment(report.generatedAt) }))}</p>`,
    `<p>${escapeHtml(t('export.report.intro'))}</p>`,
    `<h2>${escapeHtml(t('export.report.summary.heading'))}</h2>`,
    htmlTable(summaryRows(safe)),
    `<h2>${escapeHtml(t('export.report.findings.heading'))}</h2>`,
    findingsHtml(report),
    `<h2>${escapeHtml(t('export.report.stages.heading'))}</h2>`,
    stagesHtml(safe),
    `<h2>${escapeHtml(t('export.report.tls.heading'))}</h2>`,
    tlsHtml(safe.tls),
    `<h2>${escapeHtml(t('export.report.capabilities.heading'))}</h2>`,
    htmlTable([
      [t('export.report.capabilities.extensions'), safe.capabilities.extensions.join(', ') || '–'],
      [t('export.report.capabilities.auth'), safe.capabilities.authMechanisms.join(', ') || '–'],
    ]),
    `<h2>${escapeHtml(t('export.report.transcript.heading'))}</h2>`,
    `<pre>${escapeHtml(transcriptText(safe))}</pre>`,
  ];
  return htmlPage(title, body.join('\n'));
}
