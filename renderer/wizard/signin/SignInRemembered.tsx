import type { SaveProfileResponse } from '../../../shared/contract';
import { keychainReasonText, type KeychainReason } from '../../../shared/profile';
import { useT } from '../../i18n/I18nProvider';
import wizard from '../Wizard.module.css';

/** After saving a Microsoft sign-in profile: whether "Test again" will be silent. */
export function SignInRemembered({ remembered, keychainReason }: Pick<SaveProfileResponse, 'remembered' | 'keychainReason'>) {
  const { t } = useT();
  if (remembered === 'saved') {
    return (
      <p role="status" data-testid="sign-in-remembered">
        {t('signin.remembered')}
      </p>
    );
  }
  return (
    <p role="status" data-testid="sign-in-remembered" className={wizard.warning}>
      {remembered === 'keychain-unavailable'
        ? t('oauth.account.not-remembered', { reason: keychainReasonText((keychainReason ?? 'unknown') as KeychainReason) })
        : t('signin.saved.not-signed-in')}
    </p>
  );
}
