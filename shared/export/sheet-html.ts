/**
 * The printable instruction sheet: the settings and plain steps for new Outlook,
 * classic Outlook, Outlook for Mac and Apple Mail. The app turns this HTML into a PDF
 * with Electron's printToPDF; the same HTML is the "sheet" export.
 */
import { t } from '../i18n';
import type { ExportAccount } from './export-account';
import { factDate } from './fact-words';
import { formatDay } from '../i18n/intl-format';
import { escapeHtml } from './html-escape';
import { htmlList, htmlPage, htmlTable, isoDay } from './html-page';
import { sheetSteps } from './sheet-steps';
import { AUTH_LABEL, SECURITY_LABEL } from './value-labels';

export interface SheetOptions {
  /** Shown as "Created …"; injected so golden files are deterministic. */
  now?: Date;
}

export function securityLabel(security: ExportAccount['outgoing']['security']): string {
  return t(SECURITY_LABEL[security]);
}

export function settingsRows(account: ExportAccount): [string, string][] {
  const out = account.outgoing;
  const rows: [string, string][] = [[t('export.sheet.settings.address'), account.address]];
  if (out.username !== null) rows.push([t('export.sheet.settings.username'), out.username]);
  rows.push([t('export.sheet.settings.sign-in'), t(AUTH_LABEL[out.auth])]);
  rows.push([t('export.sheet.settings.outgoing'), t('export.sheet.settings.server', { host: out.host, port: out.port, security: securityLabel(out.security) })]);
  for (const server of account.incoming) {
    const protocol = t(server.protocol === 'imap' ? 'export.value.protocol.imap' : 'export.value.protocol.pop3');
    rows.push([
      t('export.sheet.settings.incoming', { protocol }),
      t('export.sheet.settings.server', { host: server.host, port: server.port, security: securityLabel(server.security) }),
    ]);
  }
  return rows;
}

function sheetNotes(account: ExportAccount): string[] {
  if (account.presetId === 'microsoft365-relay') return [t('export.sheet.note.relay')];
  if (account.incoming.length === 0) return [t('export.sheet.note.send-only')];
  const notes: string[] = [];
  if (account.microsoft) notes.push(t('export.sheet.note.microsoft-sign-in'));
  if (account.presetId === 'outlook-com') notes.push(t('export.sheet.note.outlook-com-imap'));
  if (account.microsoft && account.outgoing.auth !== 'none' && account.presetId !== 'outlook-com') notes.push(t('export.sheet.note.basic-auth-2026', { basicOffMonth: factDate('smtp-auth.basic-off-by-default') }));
  if (!account.microsoft && account.outgoing.auth === 'password') notes.push(t('export.sheet.note.no-password'));
  return notes;
}

export function renderSheetHtml(account: ExportAccount, options: SheetOptions = {}): string {
  const title = t('export.sheet.title', { address: account.address });
  const notes = sheetNotes(account);
  const clients = sheetSteps(account).map(
    ({ client, steps }) => `<section class="client">\n<h3>${escapeHtml(t(client))}</h3>\n${htmlList(steps)}\n</section>`,
  );
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(t('export.sheet.created', { date: formatDay(isoDay(options.now ?? new Date())) }))}</p>`,
    `<p>${escapeHtml(t('export.sheet.intro'))}</p>`,
    `<h2>${escapeHtml(t('export.sheet.settings.heading'))}</h2>`,
    htmlTable(settingsRows(account)),
    ...(notes.length > 0
      ? [`<h2>${escapeHtml(t('export.sheet.notes.heading'))}</h2>`, ...notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`)]
      : []),
    ...(clients.length > 0 ? [`<h2>${escapeHtml(t('export.sheet.steps.heading'))}</h2>`, ...clients] : []),
    `<p class="meta">${escapeHtml(t('export.sheet.source', { source: account.source }))}</p>`,
  ];
  return htmlPage(title, body.join('\n'));
}
