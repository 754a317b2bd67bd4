/**
 * The printable sheet for one app: the settings, that app's steps and what it can and
 * cannot do, from the same plan the screen shows, so paper and screen never disagree.
 */
import { t } from '../i18n';
import { APP_NAME_KEY, type AppPlan } from './app-kinds';
import type { ExportAccount } from './export-account';
import { escapeHtml } from './html-escape';
import { formatDay } from '../i18n/intl-format';
import { htmlList, htmlPage, htmlTable, isoDay } from './html-page';
import { settingsRows } from './sheet-html';

export function renderAppSheetHtml(account: ExportAccount, plan: AppPlan, now: Date): string {
  const title = t('export.sheet.app-title', { app: t(APP_NAME_KEY[plan.app]), address: account.address });
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(t('export.sheet.created', { date: formatDay(isoDay(now)) }))}</p>`,
    `<p>${escapeHtml(plan.headline)}</p>`,
    ...(plan.steps.length > 0 ? [`<h2>${escapeHtml(plan.stepsTitle ?? t('export.sheet.steps.heading'))}</h2>`, htmlList(plan.steps)] : []),
    `<h2>${escapeHtml(t('export.sheet.settings.heading'))}</h2>`,
    htmlTable(settingsRows(account)),
    ...(plan.notes.length > 0
      ? [`<h2>${escapeHtml(t('export.sheet.notes.heading'))}</h2>`, ...plan.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`)]
      : []),
    `<p class="meta">${escapeHtml(t('export.sheet.no-password'))}</p>`,
    `<p class="meta">${escapeHtml(t('export.sheet.source', { source: account.source }))}</p>`,
  ];
  return htmlPage(title, body.join('\n'));
}
