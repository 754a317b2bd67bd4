import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { FACTS, fact } from '../../../shared/facts';
import { SERVICE_FACTS } from '../../../shared/facts/service';
import { CATALOGUE, FINDING_IDS } from '../../../shared/findings';
import { FACT_PLACEHOLDERS, factPlaceholderValues, formatFactValue, lazyValues } from '../../../shared/findings/fact-values';
import { hasMessage } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/en';
import { findings as findingWords } from '../../../shared/i18n/en/findings';
import { isMicrosoftHost, PRESETS, presetIdForHost } from '../../../shared/presets';

// The real date: a fact past its review date must fail the suite until it is checked again.
const TODAY = new Date().toISOString().slice(0, 10);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('sourced facts', () => {
  it.each(FACTS.map((f) => [f.id, f] as const))('%s has a claim, an https source, a check date and a review date not yet passed', (_id, f) => {
    expect(f.claim.length).toBeGreaterThan(10);
    expect(f.source).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    if (f.alsoSource) expect(f.alsoSource).toMatch(/^https:\/\//);
    expect(f.checked).toMatch(ISO_DAY);
    expect(f.reviewBy).toMatch(ISO_DAY);
    expect(f.checked <= TODAY).toBe(true);
    expect(f.reviewBy > f.checked).toBe(true);
    expect(f.reviewBy >= TODAY).toBe(true);
  });

  it('keeps fact ids unique across every table', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => fact('no.such-fact')).toThrow(/unknown fact/);
  });

  it.each(FINDING_IDS)('%s cites at least one fact, and only facts that exist', (id) => {
    expect(CATALOGUE[id].facts.length).toBeGreaterThan(0);
    for (const factId of CATALOGUE[id].facts) expect(() => fact(factId)).not.toThrow();
  });

  it('gives every admin portal path as an English message (translators use Microsoft\'s localized menu names), never as a value', () => {
    const paths = FACTS.filter((f) => f.id.startsWith('admin.'));
    expect(paths.length).toBeGreaterThan(8);
    for (const f of paths) {
      expect(f.value).toBeUndefined();
      expect(f.words && hasMessage(en, f.words)).toBe(true);
      expect(en[f.words!]).toContain(' › ');
    }
  });

  it('binds every fact placeholder to a fact with a value', () => {
    for (const factId of Object.values(FACT_PLACEHOLDERS)) expect(fact(factId).value).toBeTruthy();
  });

  it('never writes a host, URL or date that a fact holds into the finding words', () => {
    const words = Object.values(findingWords).join('\n');
    const spelled = SERVICE_FACTS.filter((f) => f.value && /[a-z]\.[a-z]|^\d{4}-\d{2}/.test(f.value) && !f.value.includes('{'))
      .map((f) => formatFactValue(f.value ?? ''))
      .filter((v) => !v.startsWith('.') && !v.includes(' | '));
    expect(spelled.length).toBeGreaterThan(8);
    expect(spelled.filter((value) => words.includes(value))).toEqual([]);
  });

  it('gives presets their hosts and ports from the facts, DoD included', () => {
    expect(PRESETS.microsoft365.host).toBe(fact('host.m365-smtp').value);
    expect(PRESETS.microsoft365.port).toBe(587);
    expect(PRESETS['microsoft365-dod']).toMatchObject({ host: 'outlook-dod.office365.us', port: 587, security: 'starttls', microsoft: true });
    expect(PRESETS['microsoft365-dod'].host).not.toBe(PRESETS['microsoft365-gcc-high'].host);
    expect(PRESETS['microsoft365-dod'].source).toBe(fact('host.dod').source);
  });

  it('knows Microsoft hosts, the US government MX suffix included, and which preset a host belongs to', () => {
    expect(isMicrosoftHost('contoso-mil.mail.protection.office365.us')).toBe(true);
    expect(isMicrosoftHost('smtp.example.org')).toBe(false);
    expect(presetIdForHost('outlook-dod.office365.us')).toBe('microsoft365-dod');
    expect(presetIdForHost('outlook.office365.us')).toBe('microsoft365-gcc-high');
    expect(presetIdForHost('contoso-com.mail.protection.outlook.com')).toBe('microsoft365-relay');
    expect(presetIdForHost('contoso.mail.protection.office365.us')).toBe('microsoft365-relay');
    expect(presetIdForHost('SMTP-MAIL.OUTLOOK.COM')).toBe('outlook-com');
    expect(presetIdForHost('smtp.gmail.com')).toBe('custom');
  });

  it('formats fact dates in words', () => {
    expect(formatFactValue('2024-09-16')).toBe('16 September 2024');
    expect(formatFactValue('2026-12')).toBe('December 2026');
    expect(formatFactValue('2027-H2')).toBe('the second half of 2027');
    expect(formatFactValue('smtp.office365.com')).toBe('smtp.office365.com');
  });

  describe('in another locale', () => {
    afterEach(() => setActiveLocale('en'));

    it('writes fact dates and counts the way that language does (Intl), not in English', () => {
      expect(factPlaceholderValues().recipientsPerDay).toBe('10,000');
      setActiveLocale('de');
      expect(formatFactValue('2024-09-16')).toBe('16. September 2024');
      expect(formatFactValue('2026-12')).toBe('Dezember 2026');
      expect(factPlaceholderValues()).toMatchObject({ recipientsPerDay: '10.000', basicOffMonth: 'Dezember 2026', outlookComEnded: '16. September 2024', m365Port: '587' });
    });
  });
});

describe('lazyValues', () => {
  it('works a value out only when it is read, and only once; the keys read like a plain object', () => {
    let computed = 0;
    const values = lazyValues({ host: 'smtp.example.com' }, { month: () => ((computed += 1), 'December 2026') });
    expect(computed).toBe(0);
    expect(Object.keys(values)).toEqual(['host', 'month']);
    expect('month' in values).toBe(true);
    expect(values.month).toBe('December 2026');
    expect(values.month).toBe('December 2026');
    expect(computed).toBe(1);
    expect(JSON.parse(JSON.stringify(values))).toEqual({ host: 'smtp.example.com', month: 'December 2026' });
  });
});
