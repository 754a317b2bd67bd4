import { describe, expect, it } from 'vitest';
import { localeFromEnv, resolveLocale } from '../../../shared/i18n/resolve-locale';

describe('resolveLocale (OS, browser and POSIX tags to a shipped locale)', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['nl-BE', 'nl'],
    ['it-IT', 'it'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    // Closest shipped: Brazilian Portuguese for Portugal.
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pl-PL', 'pl'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['ja-JP', 'en'],
    ['zz', 'en'],
    ['', 'en'],
    ['de_DE.UTF-8', 'de'],
    ['pt_BR.utf8', 'pt-BR'],
    ['fr_FR@euro', 'fr'],
    ['C', 'en'],
    ['POSIX', 'en'],
    ['C.UTF-8', 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('is English for no tag at all', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(null)).toBe('en');
  });
});

describe('localeFromEnv (POSIX precedence)', () => {
  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    expect(localeFromEnv({ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'de_DE.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LC_MESSAGES: 'de_DE.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('de');
    expect(localeFromEnv({ LANG: 'es_ES.UTF-8' })).toBe('es');
  });

  it('skips empty variables and defaults to English', () => {
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: ' ', LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(localeFromEnv({})).toBe('en');
  });
});
