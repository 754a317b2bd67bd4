import type { SignedInAccount } from '../../../shared/oauth';
import { keychainReasonText } from '../../../shared/profile';
import { isAccountMismatch, type SignInKeychain } from '../../../shared/sign-in-ipc';
import { Button } from '../../app/Button';
import { useT } from '../../i18n/I18nProvider';
import wizard from '../Wizard.module.css';
import styles from './SignIn.module.css';

/** Who the test signs in as; says so plainly when that is not the address being tested. */
export function SignedInView({ account, address, keychain, onSwitch }: { account: SignedInAccount; address: string; keychain: SignInKeychain | null; onSwitch: () => void }) {
  const { t } = useT();
  const mismatch = isAccountMismatch(account, address);
  return (
    <div className={styles.view}>
      <p data-focus tabIndex={-1} className={`${styles.focusable} ${styles.account}`} data-testid="signed-in-as">
        {t('oauth.account.signed-in', { username: account.username })}
      </p>
      {account.displayName && <p className={wizard.hint}>{t('signin.signed-in.display-name', { name: account.displayName })}</p>}
      {keychain && !keychain.remembering && (
        <p className={wizard.warning} data-testid="not-remembered">
          {t('oauth.account.not-remembered', { reason: keychainReasonText(keychain.problem ?? 'unknown') })}
        </p>
      )}
      {keychain?.remembering && <p className={wizard.hint}>{t('signin.remembered')}</p>}
      {mismatch && (
        <div className={wizard.warning} data-testid="account-mismatch">
          <strong>{t('signin.mismatch.title')}</strong>
          <p>{t('oauth.account.mismatch', { username: account.username, address: address.trim() })}</p>
        </div>
      )}
      <div>
        <Button onClick={onSwitch}>{t('oauth.account.use-different')}</Button>
      </div>
    </div>
  );
}
