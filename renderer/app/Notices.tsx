import { useState } from 'react';
import { noticeText, type SettingsNotice } from '../../shared/profile';
import { useT } from '../i18n/I18nProvider';
import { Button } from './Button';
import styles from './Notices.module.css';

/** Problems found at start (damaged settings moved aside, a bad IT defaults file), each shown until dismissed. */
export function Notices({ notices }: { notices: readonly SettingsNotice[] }) {
  const { t } = useT();
  const [dismissed, setDismissed] = useState<number[]>([]);
  const visible = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !dismissed.includes(index));
  if (visible.length === 0) return null;
  return (
    <div className={styles.notices}>
      {visible.map(({ notice, index }) => {
        const { title, body } = noticeText(notice);
        return (
          <section key={index} className={styles.notice} role="status" aria-label={title}>
            <div>
              <strong>{title}</strong>
              <p>{body}</p>
            </div>
            <Button variant="quiet" onClick={() => setDismissed([...dismissed, index])}>
              {t('app.notice.dismiss')}
            </Button>
          </section>
        );
      })}
    </div>
  );
}
