import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { LOCALES } from '../../../shared/i18n/translation';
import { englishHash, loadLocaleTable, localesPresent, REPO_I18N } from './locale-files';

/** Every argument a message uses, with its kind, nested plural/select options included. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const parseMessage = (text: string) => parse(text, { ignoreTag: true, requiresOtherClause: true });

// Words that stay the same in every language (products, protocols), and month names that some languages spell
// exactly as English does (German April, August, September, November), ignored when looking for untranslated English.
// The app's own name is a brand: it stays "Mail Setup Assistant" in every language, so helpdesk and staff name the same app.
const SAME_EVERYWHERE = /\b(Mail Setup Assistant|April|August|September|November|Microsoft|Outlook|Apple|Mail|Thunderbird|Windows|macOS|iPhone|iPad|iOS|PowerShell|Exchange|Online|Entra|Office|Defender|Google|Gmail|Yahoo|Android|Mac|DigiCert|Postfix|SMTP|STARTTLS|OAuth|XOAUTH2|IMAP|POP|TLS|SSL|DNS|MX|SPF|DMARC|EWS|ActiveSync|Autodiscover|PDF|HTML|JSON|URL|OK|ms|KB|MB)\b/g;
const looksEnglish = (text: string) => /[a-z]{4,}/.test(text.replace(/\{[^{}]*\}/g, ' ').replace(SAME_EVERYWHERE, ' '));

describe('English source messages', () => {
  it('are all valid ICU MessageFormat', () => {
    const broken = Object.entries(en).flatMap(([key, text]) => {
      try {
        parseMessage(text);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });
});

describe('every shipped locale', () => {
  it('is one the app lists (no stray folder beside en/)', () => {
    const listed: readonly string[] = LOCALES;
    expect(localesPresent().filter((folder) => !listed.includes(folder))).toEqual([]);
  });

  it('is every locale the app lists: each has its folder (a missing translation fails here, not silently in English)', () => {
    expect(localesPresent()).toEqual(LOCALES.filter((locale) => locale !== 'en').slice().sort());
  });

  for (const locale of localesPresent()) {
    describe(locale, () => {
      it('has exactly the English keys, each valid ICU with the same arguments', async () => {
        const table = await loadLocaleTable(locale);
        expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
        const problems: string[] = [];
        for (const [key, source] of Object.entries(en)) {
          const text = table[key];
          if (typeof text !== 'string') {
            problems.push(`${key}: not a string`);
            continue;
          }
          try {
            const wanted = [...argumentsOf(parseMessage(source))].sort();
            const got = [...argumentsOf(parseMessage(text))].sort();
            if (wanted.join() !== got.join()) problems.push(`${key}: arguments ${got.join(',')} instead of ${wanted.join(',')}`);
          } catch (error) {
            problems.push(`${key}: ${(error as Error).message}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('is translated from the current English (nothing stale, nothing left in English)', async () => {
        const table = await loadLocaleTable(locale);
        const file = path.join(REPO_I18N, locale, 'translated-from.json');
        const stamps = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
        const stale = Object.entries(en).filter(([key, source]) => stamps[key] !== englishHash(source)).map(([key]) => key);
        expect(stale, 'translate these again, then `npm run i18n:status -- --stamp LOCALE KEY…`').toEqual([]);
        const untranslated = Object.entries(en).filter(([key, source]) => table[key] === source && looksEnglish(source)).map(([key]) => key);
        expect(untranslated).toEqual([]);
      });
    });
  }
});
