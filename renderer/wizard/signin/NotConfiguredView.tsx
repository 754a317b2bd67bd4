import type { PageSignInFailure } from '../../../shared/sign-in-ipc';
import { signInFailureWords } from '../../../shared/sign-in-words';
import { Button } from '../../app/Button';
import { useT } from '../../i18n/I18nProvider';
import styles from './SignIn.module.css';

/** Sign-in cannot work in this copy (or for this kind of account): what that means, what else works, and the page for IT. */
export function NotConfiguredView({ failure, passwordOffered, onHelp }: { failure: PageSignInFailure; passwordOffered: boolean; onHelp: () => void }) {
  const { t } = useT();
  return (
    <div className={styles.view} data-testid="sign-in-not-configured">
      <h3 data-focus tabIndex={-1} className={`${styles.title} ${styles.focusable}`}>
        {t('signin.not-configured.title')}
      </h3>
      <p>{signInFailureWords(failure)}</p>
      <p>{t(passwordOffered ? 'signin.not-configured.meanwhile.password' : 'signin.not-configured.meanwhile.none')}</p>
      <div>
        <Button onClick={onHelp}>{t('signin.not-configured.help')}</Button>
      </div>
    </div>
  );
}
