import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { setActiveLocale } from '../../shared/i18n/active-locale';
import { signInFailureWords, signInValues } from '../../shared/sign-in-words';

afterEach(() => setActiveLocale('en'));

describe('sign-in words take dates and durations from the facts and the timeout', () => {
  it('states the browser timeout and the device-code date in English', () => {
    expect(signInFailureWords({ code: 'timed-out' })).toBe('Sign-in was stopped because it did not finish within 5 minutes. Try again when you are ready.');
    expect(signInFailureWords({ code: 'device-code-blocked' })).toContain('(most organisations created since 1 July 2026 block sign-in codes)');
    expect(t('wizard.signin.method.oauth.hint', signInValues())).toContain('from the end of December 2026 for work accounts');
  });

  it('writes the same values in German when German is active', () => {
    setActiveLocale('de');
    expect(signInValues()).toEqual({ basicOffMonth: 'Dezember 2026', deviceCodeBlockedFrom: '1. Juli 2026', timeout: '5 Minuten' });
  });
});

describe('English messages', () => {
  // Dates and counted durations come from the facts through Intl, never written by hand.
  const MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;
  const COUNTED = /\b\d+ (minutes?|seconds?|hours?|days?)\b/;

  it('write no month name and no "N minutes" of their own', () => {
    // finding.clock.* are the count phrases the ICU plural conversion (wave2/i18n-lib) owns.
    const written = Object.entries(en)
      .filter(([key, text]) => !key.startsWith('finding.clock.') && (MONTH.test(text) || COUNTED.test(text)))
      .map(([key]) => key);
    expect(written).toEqual([]);
  });
});
