import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_I18N = path.resolve(import.meta.dirname, '../../../shared/i18n');

/** Locale folders that exist beside `en/` (a locale is added by creating its folder). */
export function localesPresent(): string[] {
  return readdirSync(REPO_I18N)
    .filter((name) => name !== 'en' && statSync(path.join(REPO_I18N, name)).isDirectory())
    .sort();
}

/** The locale's whole table, from its `index.ts` (which exports one object). */
export async function loadLocaleTable(locale: string): Promise<Record<string, unknown>> {
  const module = (await import(pathToFileURL(path.join(REPO_I18N, locale, 'index.ts')).href)) as Record<string, unknown>;
  const tables = Object.values(module).filter((value): value is Record<string, unknown> => value !== null && typeof value === 'object');
  if (tables.length !== 1) throw new Error(`shared/i18n/${locale}/index.ts must export exactly one table`);
  return tables[0] as Record<string, unknown>;
}

/** What a translation was made from: a short hash of the English text. */
export function englishHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}
