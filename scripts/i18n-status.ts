/**
 * `npm run i18n:status [-- --stamp LOCALE [KEY…]]`: which keys each locale lacks, which were
 * translated from an English text that has since changed (stale), and, with --stamp, records
 * that LOCALE's translations of the current English (all keys, or the keys given) in
 * shared/i18n/<locale>/translated-from.json. Stamp only what you have really translated.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { englishHash, loadLocaleTable, localesPresent, REPO_I18N } from '../test/unit/i18n/locale-files';
import { en } from '../shared/i18n/en';

const args = process.argv.slice(2);
const stampAt = args.indexOf('--stamp');

if (stampAt >= 0) {
  const locale = args[stampAt + 1];
  if (!locale) throw new Error('--stamp needs a locale, e.g. --stamp de');
  const only = args.slice(stampAt + 2);
  const table = await loadLocaleTable(locale);
  const file = path.join(REPO_I18N, locale, 'translated-from.json');
  const stamps: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const keys = only.length > 0 ? only : Object.keys(en);
  for (const key of keys) {
    if (!(key in en)) throw new Error(`not an English key: ${key}`);
    if (typeof table[key] !== 'string') throw new Error(`${locale} has no translation for ${key}`);
    stamps[key] = englishHash(en[key as keyof typeof en]);
  }
  const sorted = Object.fromEntries(Object.keys(stamps).filter((k) => k in en).sort().map((k) => [k, stamps[k]]));
  writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`);
  console.log(`${locale}: stamped ${keys.length} key(s)`);
} else {
  for (const locale of localesPresent()) {
    const table = await loadLocaleTable(locale);
    const file = path.join(REPO_I18N, locale, 'translated-from.json');
    const stamps: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    const missing = Object.keys(en).filter((key) => typeof table[key] !== 'string');
    const stale = Object.keys(en).filter((key) => typeof table[key] === 'string' && stamps[key] !== englishHash(en[key as keyof typeof en]));
    console.log(`${locale}: ${Object.keys(en).length - missing.length}/${Object.keys(en).length} translated, ${missing.length} missing, ${stale.length} stale`);
    for (const key of [...missing.map((k) => `  missing ${k}`), ...stale.map((k) => `  stale   ${k}`)].slice(0, 200)) console.log(key);
  }
}
