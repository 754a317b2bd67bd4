import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/export/report-html';
import { buildDiagnosticReport, renderReportJson, REPORT_FORMAT_ID } from '../../../shared/export/report-json';
import { canaryForms, canaryResult, healthyResult } from '../../fixtures/export/probe-results';

const now = new Date('2026-11-23T10:00:00Z');
const describeFinding = (id: string) => (id === 'auth.smtp-auth-disabled-tenant' ? { title: 'SMTP AUTH is off for your organisation', explanation: 'Your admin <must> switch it on & retry.' } : undefined);

/** Visible text of the HTML body (well-formed XML by design, so a real XML parser reads it). */
function bodyText(html: string): string {
  expect(XMLValidator.validate(html)).toBe(true);
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') texts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (key !== ':@' && key !== 'style' && key !== 'head') walk(value);
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: true, unpairedTags: [], parseTagValue: false }).parse(html));
  return texts.join(' ');
}

describe('diagnostic report', () => {
  it('JSON: one document with the redacted result and finding titles', () => {
    const json = JSON.parse(renderReportJson(healthyResult(), { now, describe: describeFinding }));
    expect(json).toMatchObject({ format: REPORT_FORMAT_ID, version: 1, generatedAt: '2026-11-23T10:00:00.000Z' });
    expect(json.findings).toEqual([{ id: 'auth.smtp-auth-disabled-tenant', title: 'SMTP AUTH is off for your organisation', explanation: 'Your admin <must> switch it on & retry.' }]);
    expect(json.result.stages.map((s: { id: string }) => s.id)).toEqual(healthyResult().stages.map((s) => s.id));
    expect(json.result.tls.chain[0].fingerprint256).toMatch(/^AB:CD/);
  });

  it('JSON: finding ids without a description keep null titles', () => {
    const report = buildDiagnosticReport(healthyResult(), { now, describe: () => undefined });
    expect(report.findings).toEqual([{ id: 'auth.smtp-auth-disabled-tenant', title: null, explanation: null }]);
  });

  it('HTML: readable summary, findings, stages, TLS and transcript, all escaped', () => {
    const html = renderReportHtml(healthyResult(), { now, describe: describeFinding });
    const text = bodyText(html);
    expect(text).toContain('Not working');
    expect(text).toContain('smtp.office365.com:587');
    expect(text).toContain('SMTP AUTH is off for your organisation');
    expect(text).toContain('Your admin <must> switch it on & retry.');
    expect(html).toContain('Your admin &lt;must&gt; switch it on &amp; retry.');
    expect(text).toContain('auth.smtp-auth-disabled-tenant');
    expect(text).toContain('Sign in');
    expect(text).toContain('TLS_AES_256_GCM_SHA384');
    expect(text).toContain('535 5.7.139 Authentication unsuccessful');
    expect(html).toMatch(/class="status-fail"/);
  });

  it('HTML: is self-contained (no scripts, no external loads, strict CSP)', () => {
    const html = renderReportHtml(healthyResult(), { now });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('never contains a canary in any form, in JSON or HTML, even from a describe function', () => {
    const leakyDescribe = () => ({ title: `token=${canaryForms()[0]}`, explanation: 'x' });
    for (const output of [renderReportJson(canaryResult(), { now, describe: leakyDescribe }), renderReportHtml(canaryResult(), { now, describe: leakyDescribe })]) {
      for (const form of canaryForms()) expect(output).not.toContain(form);
    }
  });

  it('uses the shared message table when no describe function is given (id shown when absent)', () => {
    const text = bodyText(renderReportHtml({ ...healthyResult(), findings: ['made.up-finding'] }, { now }));
    expect(text).toContain('made.up-finding');
  });
});
