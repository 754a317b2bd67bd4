/**
 * The frame of the printable documents (instruction sheet, diagnostic report): one
 * self-contained page with inline print CSS. The CSP forbids every external load, so
 * the page looks the same offline, in a browser, and in Electron's printToPDF.
 */
import { activeLocale } from '../i18n/active-locale';
import { escapeHtml } from './html-escape';

const STYLES = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; }
  h2 { font-size: 13pt; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
  h3 { font-size: 11.5pt; margin: 1rem 0 .3rem; }
  p.meta { color: #444; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; }
  th, td { text-align: left; vertical-align: top; border: 1px solid #bbb; padding: .3rem .45rem; }
  th { background: #f0f0f0; width: 30%; }
  .value { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
  ol { padding-left: 1.4rem; margin: .2rem 0 .6rem; }
  li { margin: .15rem 0; }
  .note { border-left: 4px solid #555; padding: .3rem .6rem; margin: .4rem 0; background: #f7f7f7; }
  .status-pass { color: #145214; } .status-warn { color: #7a4b00; } .status-fail { color: #8b0000; font-weight: 600; }
  pre { font: 9pt/1.35 ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #bbb; padding: .5rem; background: #fafafa; }
  section.client { break-inside: avoid; }
  @page { size: A4; margin: 15mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
    h2 { break-after: avoid; }
    table, .note, li { break-inside: avoid; }
    th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

/** `body` must already be escaped HTML; only the title is escaped here. Void elements are self-closed so the page is also well-formed XML (tests parse it). */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    // The language the page is written in (the active locale), for screen readers and hyphenation.
    `<html lang="${activeLocale()}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A two-column table from [label, value] pairs; both are escaped. */
export function htmlTable(rows: ReadonlyArray<readonly [string, string]>): string {
  const cells = rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="value">${escapeHtml(value)}</td></tr>`);
  return `<table>\n${cells.join('\n')}\n</table>`;
}

export function htmlList(items: readonly string[], ordered = true): string {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</${tag}>`;
}

/** ISO date (UTC) for "Created …" lines: stable across time zones, so golden files match. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
