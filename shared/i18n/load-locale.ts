import { hasTable, registerTable, SOURCE_LOCALE, type MessageTable } from './translate';
import type { Locale } from './translation';

/**
 * Loads a locale's table on demand. English is always bundled; each other locale is its
 * folder `shared/i18n/<locale>/index.ts` (exporting one table), which Vite turns into its own
 * chunk for the renderer and the CLI (https://vite.dev/guide/features#dynamic-import), and
 * which plain Node (tests, the E2E bridge) imports as a file. Adding a locale is adding its
 * folder. Resolves false when the locale has no folder in this build: the app stays English.
 */
export async function loadLocale(locale: Locale): Promise<boolean> {
  if (locale === SOURCE_LOCALE || hasTable(locale)) return true;
  let module: Record<string, unknown>;
  try {
    module = (await import(`./${locale}/index.ts`)) as Record<string, unknown>;
  } catch {
    return false;
  }
  const tables = Object.values(module).filter((value): value is MessageTable => value !== null && typeof value === 'object');
  if (tables.length !== 1 || !tables[0]) return false;
  registerTable(locale, tables[0]);
  return true;
}
