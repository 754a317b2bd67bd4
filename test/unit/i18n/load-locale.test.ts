import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, LOCALES, messages, setActiveLocale, t } from '../../../shared/i18n';
import { REPO_I18N } from './locale-files';

afterEach(() => setActiveLocale('en'));

describe('loadLocale (a locale is its folder)', () => {
  for (const locale of LOCALES) {
    const present = locale === 'en' || existsSync(path.join(REPO_I18N, locale, 'index.ts'));
    it(`${locale}: ${present ? 'loads its folder’s table' : 'has no folder in this build, so the app stays English'}`, async () => {
      expect(await loadLocale(locale)).toBe(present);
      if (!present || locale === 'en') return;
      setActiveLocale(locale);
      // Translated words, not the English ones.
      expect(t('wizard.address.title')).not.toBe(messages.en['wizard.address.title']);
    });
  }
});
