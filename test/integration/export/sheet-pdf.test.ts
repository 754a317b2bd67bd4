/**
 * The instruction sheet and the report printed to PDF in real Chromium (what Electron's
 * printToPDF uses), read back with pdftotext. A PNG of the sheet is kept as an artifact.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../shared/export/build-export';
import { ARTIFACTS_DIR } from '../../fixtures/export/paths';
import { canaryForms, canaryResult } from '../../fixtures/export/probe-results';

let browser: Browser;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'export-pdf-'));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Renders HTML, prints it to PDF, and returns the PDF's text plus every URL the page asked for. */
async function printToText(html: string, name: string, screenshot?: string): Promise<{ text: string; requests: string[]; pages: number }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(html, { waitUntil: 'load' });
  if (screenshot) {
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.close();
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = (text.match(/\f/g) ?? []).length;
  // Join words the layout broke at a hyphen at the end of a line, then collapse whitespace.
  return { text: text.replace(/-[ \t]*\n\s*/g, '-').replace(/\s+/g, ' '), requests, pages };
}

function html(request: Parameters<typeof buildExport>[0]): string {
  const built = buildExport(request, { now: new Date('2026-11-23T10:00:00Z') });
  if (!built.ok) throw new Error(built.error.message);
  return built.value.main.content;
}

describe('printable sheet', () => {
  it('prints the values and every client\'s steps, loading nothing', async () => {
    const account = { presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };
    const { text, requests, pages } = await printToText(html({ format: 'sheet', account }), 'sheet', path.join(ARTIFACTS_DIR, 'sheet.png'));
    expect(requests).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of [
      'Mail settings for alice@example.com',
      'Server smtp.example.com, port 587, encryption STARTTLS',
      'Server imap.example.com, port 993, encryption SSL/TLS',
      'New Outlook for Windows',
      'Classic Outlook for Windows',
      'Outlook for Mac',
      'Apple Mail on a Mac',
      'Let me set up my account manually',
      'It contains no password.',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('prints a Microsoft 365 sheet that tells people to sign in with Microsoft', async () => {
    const { text } = await printToText(html({ format: 'sheet', account: { presetId: 'microsoft365', address: 'carol@contoso.com' } }), 'sheet-m365');
    expect(text).toContain('Sign in on the Microsoft page');
    expect(text).toContain('Microsoft Exchange');
  });
});

describe('printable report', () => {
  it('prints the findings and transcript without any canary', async () => {
    const { text, requests } = await printToText(html({ format: 'report', result: canaryResult() }), 'report');
    expect(requests).toEqual([]);
    expect(text).toContain('Mail connection test report');
    expect(text).toContain('auth.smtp-auth-disabled-tenant');
    expect(text).toContain('535 5.7.139');
    for (const form of canaryForms()) expect(text).not.toContain(form);
  });
});
