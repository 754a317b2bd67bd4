import { useId } from 'react';
import { APP_NAME_KEY, MAIL_APPS, type MailApp } from '../../shared/export/app-kinds';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';

/**
 * The person names their app. Buttons (aria-pressed), not radios: choosing is an action
 * that opens new content and moves focus there, which arrow keys in a radio group
 * must not do.
 */
export function AppPicker({ chosen, onChoose }: { chosen: MailApp | null; onChoose: (app: MailApp) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('exportScreen.apps.heading')}</h2>
      <p className={wizard.hint} id={`${id}-hint`}>
        {t('exportScreen.apps.hint')}
      </p>
      <ul className={styles.apps} aria-describedby={`${id}-hint`}>
        {MAIL_APPS.map((app) => (
          <li key={app}>
            <button type="button" className={styles.appButton} aria-pressed={chosen === app} onClick={() => onChoose(app)} data-app={app}>
              {t(APP_NAME_KEY[app])}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
