import { useId, useState } from 'react';
import { LANGUAGE_NAMES, LOCALES, isLocale } from '../../shared/i18n';
import { useT } from './I18nProvider';
import styles from './LanguagePicker.module.css';

const SYSTEM = 'system';

/**
 * The language picker in the header: a labelled native select (keyboard and screen readers
 * know it), each language named in itself and marked with its `lang`, so a person who
 * cannot read the current language still finds and hears their own.
 */
export function LanguagePicker() {
  const { t, chosen, setLocale } = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {t('app.language.label')}
      </label>
      <select
        id={id}
        className={styles.select}
        value={chosen ?? SYSTEM}
        disabled={busy}
        data-testid="language-picker"
        onChange={(event) => {
          const value = event.target.value;
          setBusy(true);
          void setLocale(isLocale(value) ? value : null).finally(() => setBusy(false));
        }}
      >
        <option value={SYSTEM}>{t('app.language.system')}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
