import { parse } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { messages, t } from '../../../shared/i18n';
import { pseudoMessage, pseudoTable } from '../../../shared/i18n/pseudo-locale';
import { setOverrideTable } from '../../../shared/i18n/translate';

afterEach(() => setOverrideTable(null));

describe('pseudo-locale en-XA', () => {
  it('accents, lengthens by about 40 % and brackets the words, keeping arguments', () => {
    const text = pseudoMessage('Step {current} of {total}');
    expect(text.startsWith('[')).toBe(true);
    expect(text.endsWith(']')).toBe(true);
    expect(text).toContain('{current}');
    expect(text).toContain('{total}');
    expect(text).toMatch(/Šţéþ/);
  });

  it('is valid ICU for every English message, with the same plural/select structure', () => {
    const table = pseudoTable(messages.en);
    const broken = Object.entries(table).flatMap(([key, text]) => {
      try {
        parse(text, { ignoreTag: true, requiresOtherClause: true });
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('makes the whole table at least 35 % longer than English', () => {
    const length = (table: Record<string, string>) => Object.values(table).reduce((sum, text) => sum + text.length, 0);
    expect(length(pseudoTable(messages.en)) / length(messages.en)).toBeGreaterThan(1.35);
  });

  it('formats through the translator with plurals intact', () => {
    setOverrideTable(pseudoTable(messages.en));
    const one = t('finding.clock.minutes', { n: 1 });
    const many = t('finding.clock.minutes', { n: 5 });
    expect(one).toMatch(/^\[1 ɱíñûţé/);
    expect(many).toMatch(/^\[5 ɱíñûţéš/);
    expect(t('app.footer.version', { version: '9.9.9' })).toContain('9.9.9');
  });
});
