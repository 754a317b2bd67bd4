/**
 * The translator over FormatJS: the active locale's words, English for any key a locale
 * lacks, ICU plurals by each language's rules, and the IT message "in English" switch.
 * Locale tables here are small test tables registered the way the loader registers a
 * folder's table, so the tests hold whichever translations are merged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLocale, messages, prepareFormatting, registerTable, setActiveLocale, t } from '../../../shared/i18n';
import { setOverrideTable } from '../../../shared/i18n/translate';

afterEach(() => {
  setActiveLocale('en');
  setOverrideTable(null);
  // Leave no test table behind for other tests in this file's worker.
  registerTable('de', {});
  registerTable('pl', {});
});

describe('translator', () => {
  it('formats English by default, with {name} arguments and numbers as written', () => {
    expect(t('common.back')).toBe('Back');
    expect(t('app.footer.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(t('wizard.progress', { current: 2, total: 5 })).toBe('Step 2 of 5');
  });

  it('uses the active locale’s table and falls back to English for a key it lacks', () => {
    registerTable('de', { 'common.back': 'Zurück', 'app.footer.version': 'Version {version}' });
    setActiveLocale('de');
    expect(t('common.back')).toBe('Zurück');
    expect(t('app.footer.version', { version: '2' })).toBe('Version 2');
    // Not in the test table: English, never the key or an empty string.
    expect(t('common.continue')).toBe(messages.en['common.continue']);
  });

  it('chooses ICU plural forms by English rules: one and other', () => {
    expect(t('finding.clock.minutes', { n: 1 })).toBe('1 minute');
    expect(t('finding.clock.minutes', { n: 2 })).toBe('2 minutes');
    expect(t('probe.detail.ehlo.no-auth', { count: 1 })).toBe('1 extension, no AUTH offered');
    expect(t('probe.detail.ehlo.no-auth', { count: 8 })).toBe('8 extensions, no AUTH offered');
    expect(t('validation.too-long', { max: 1000 })).toBe('is too long (at most 1,000 characters)');
  });

  it('chooses Polish plural forms: one, few, many (1, 2–4, 5–21, 22–24)', () => {
    registerTable('pl', { 'finding.clock.minutes': '{n, plural, one {# minuta} few {# minuty} many {# minut} other {# minuty}}' });
    setActiveLocale('pl');
    const forms = [1, 2, 4, 5, 12, 21, 22, 25].map((n) => t('finding.clock.minutes', { n }));
    expect(forms).toEqual(['1 minuta', '2 minuty', '4 minuty', '5 minut', '12 minut', '21 minut', '22 minuty', '25 minut']);
  });

  it('formats numbers in the locale’s own way inside a plural', () => {
    registerTable('de', { 'validation.too-long': 'ist zu lang (höchstens {max, plural, one {# Zeichen} other {# Zeichen}})' });
    setActiveLocale('de');
    expect(t('validation.too-long', { max: 1000 })).toBe('ist zu lang (höchstens 1.000 Zeichen)');
  });

  it('keeps ICU quoting and tag-like text as written', () => {
    expect(t('cli.help.more', { name: 'mail-setup' })).toBe('Run "mail-setup <command> --help" for a command\'s options.');
    expect(t('cli.help.usage', { name: 'x' })).toContain('x <command> [options]');
  });

  it('inLocale shows one message in English and switches back', () => {
    registerTable('de', { 'common.back': 'Zurück' });
    setActiveLocale('de');
    expect(inLocale('en', () => t('common.back'))).toBe('Back');
    expect(t('common.back')).toBe('Zurück');
  });

  it('a formatting problem (a missing value) shows the message, never throws', () => {
    expect(() => t('finding.clock.minutes')).not.toThrow();
    expect(t('app.footer.version')).toBe('Version {version}');
  });
});

describe('prepareFormatting', () => {
  it('sets up the formatter of the language shown: the active one when it has a table, else English', () => {
    expect(prepareFormatting()).toBe('en');
    registerTable('de', { 'common.back': 'Zurück' });
    setActiveLocale('de');
    expect(prepareFormatting()).toBe('de');
    setActiveLocale('pl');
    registerTable('pl', {});
    expect(prepareFormatting()).toBe('pl');
    // No French table in this worker: English is what would be shown, so English is prepared.
    setActiveLocale('fr');
    expect(prepareFormatting()).toBe('en');
  });

  it('changes no words: plurals format the same before and after', () => {
    const before = t('probe.detail.ehlo.no-auth', { count: 8 });
    prepareFormatting();
    expect(t('probe.detail.ehlo.no-auth', { count: 8 })).toBe(before);
  });
});
