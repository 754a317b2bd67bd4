/**
 * The CLI's language: `--lang <locale>` (anywhere before `--`), else LC_ALL / LC_MESSAGES /
 * LANG, else English. `--json` output stays language-neutral (ids and codes, English text),
 * so a helpdesk script parses the same document on every computer; only human output is
 * translated. The chosen locale's table loads before the command runs, and only when the
 * command prints human text in a language other than English.
 */
import { isLocale, loadLocale, localeFromEnv, LOCALES, resolveLocale, setActiveLocale, type Locale } from '../../shared/i18n';

export const LANG_FLAG = '--lang';

export type CliLocaleChoice = { ok: true; argv: string[]; locale: Locale } | { ok: false; given: string };

/** Takes `--lang X` / `--lang=X` out of argv (commands never see it) and picks the locale. */
export function chooseCliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLocaleChoice {
  const end = argv.indexOf('--');
  const head = end === -1 ? [...argv] : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end);
  let given: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const arg = head[i] as string;
    if (arg === LANG_FLAG) {
      given = head[i + 1] ?? '';
      i++;
    } else if (arg.startsWith(`${LANG_FLAG}=`)) given = arg.slice(LANG_FLAG.length + 1);
    else rest.push(arg);
  }
  if (given === undefined) return { ok: true, argv: [...rest, ...tail], locale: localeFromEnv(env) };
  const locale = resolveLocale(given);
  // A language the app does not ship is a usage error (a typo should not silently give English).
  const language = given.trim().toLowerCase().split(/[-_]/)[0];
  if (!language || (locale === 'en' && language !== 'en' && !isLocale(given))) return { ok: false, given };
  return { ok: true, argv: [...rest, ...tail], locale };
}

/** Makes the locale active for this run, loading its table first (English needs none). */
export async function applyCliLocale(locale: Locale, json: boolean): Promise<Locale> {
  const wanted = json ? 'en' : locale;
  const shown = (await loadLocale(wanted)) ? wanted : 'en';
  setActiveLocale(shown);
  return shown;
}

export const LANG_CHOICES = LOCALES.join(', ');
