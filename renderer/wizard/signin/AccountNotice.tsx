import type { SignedInAccount } from '../../../shared/oauth';
import { isAccountMismatch } from '../../../shared/sign-in-ipc';
import { useT } from '../../i18n/I18nProvider';
import wizard from '../Wizard.module.css';

/** On the test step: who the test signs in as, and, before it starts, when that is not the address typed. */
export function AccountNotice({ account, address }: { account: SignedInAccount; address: string }) {
  const { t } = useT();
  if (isAccountMismatch(account, address)) {
    return (
      <p className={wizard.warning} data-testid="test-account-mismatch">
        {t('oauth.account.mismatch', { username: account.username, address: address.trim() })}
      </p>
    );
  }
  return <p className={wizard.hint}>{t('oauth.account.signed-in', { username: account.username })}</p>;
}
