import { useId } from 'react';
import { Button } from '../../app/Button';
import { useT } from '../../i18n/I18nProvider';
import { CopyButton } from '../../results/CopyButton';
import wizard from '../Wizard.module.css';
import styles from './SignIn.module.css';

export interface DeviceCode {
  verificationUri: string;
  userCode: string;
  expiresInS: number;
}

/**
 * Sign in with a code: the page to open on any device and the code to type there. The
 * container keeps focus while the code arrives, so focus is never lost to the page.
 */
export function DeviceCodeView({ code, stopping, onCancel }: { code: DeviceCode | null; stopping: boolean; onCancel: () => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <div className={`${styles.view} ${styles.focusable}`} data-focus tabIndex={-1} aria-labelledby={`${id}-what`} data-testid="device-code-view">
      {code ? (
        <>
          <p id={`${id}-what`}>{t('signin.code.instructions')}</p>
          <p className={styles.url} data-testid="device-code-url">
            {code.verificationUri}
          </p>
          <div>
            <CopyButton text={code.verificationUri} label={t('signin.code.copy-url')} />
          </div>
          <p>{t('signin.code.enter')}</p>
          <p className={styles.code} data-testid="device-code">
            {code.userCode}
          </p>
          <div>
            <CopyButton text={code.userCode} label={t('signin.code.copy')} />
          </div>
          <p className={wizard.hint}>{t('signin.code.expires', { minutes: Math.max(1, Math.round(code.expiresInS / 60)) })}</p>
        </>
      ) : (
        <p id={`${id}-what`}>{t('signin.code.waiting')}</p>
      )}
      <div>
        <Button onClick={onCancel} disabled={stopping}>
          {t('oauth.progress.cancel')}
        </Button>
      </div>
    </div>
  );
}
