import { describe, expect, it } from 'vitest';
import { MAIL_APP_FACTS } from '../../../shared/facts/mail-apps';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { ewsDates, ewsIsGone, longDate } from '../../../shared/export/fact-words';
import { t } from '../../../shared/i18n';
import { exportApps } from '../../../shared/i18n/en/export-apps';
import { exportMessages } from '../../../shared/i18n/en/export-messages';
import { exportScreen } from '../../../shared/i18n/en/export-screen';

const TODAY = new Date().toISOString().slice(0, 10);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('mail-app facts', () => {
  it('each names a https source, when it was read and when it must be read again', () => {
    const ids = new Set<string>();
    for (const f of MAIL_APP_FACTS) {
      expect(ids.has(f.id), f.id).toBe(false);
      ids.add(f.id);
      expect(f.source, f.id).toMatch(/^https:\/\//);
      if (f.alsoSource) expect(f.alsoSource, f.id).toMatch(/^https?:\/\//);
      expect(f.checked).toMatch(DAY);
      expect(f.reviewBy).toMatch(DAY);
      expect(f.checked <= TODAY, `${f.id} checked in the future`).toBe(true);
      // Fails on the day a fact is due, until someone reads the source again.
      expect(TODAY < f.reviewBy, `${f.id} was due for review on ${f.reviewBy}`).toBe(true);
      expect(f.claim.length).toBeGreaterThan(20);
    }
  });

  it('the EWS dates are reviewed before the switch-off, and the words use them', () => {
    const off = MAIL_APP_FACTS.find((f) => f.id === 'exchange-online.ews-off')!;
    expect(off.reviewBy < off.value!).toBe(true);
    expect(ewsDates()).toEqual({ blockedFrom: '1 October 2026', off: '1 April 2027' });
    expect(t('exportApps.note.mac-mail-ews', ewsDates())).toContain('blocks EWS since 1 October 2026');
    expect(ewsIsGone(new Date('2027-03-31T23:00:00Z'))).toBe(false);
    expect(ewsIsGone(new Date('2027-04-01T00:00:00Z'))).toBe(true);
  });

  it('writes dates as people read them', () => {
    expect(longDate('2024-09-16')).toBe('16 September 2024');
    expect(() => longDate('Sept 2024')).toThrow();
    setActiveLocale('de');
    try {
      expect(longDate('2024-09-16')).toBe('16. September 2024');
      expect(ewsDates()).toEqual({ blockedFrom: '1. Oktober 2026', off: '1. April 2027' });
    } finally {
      setActiveLocale('en');
    }
  });

  it('no export message writes an EWS date by hand (they come from the facts)', () => {
    const messages = [...Object.values(exportApps), ...Object.values(exportMessages), ...Object.values(exportScreen)];
    for (const text of messages) expect(text).not.toMatch(/(October|April) 202[67]|2026-10-01|2027-04-01/);
  });
});
