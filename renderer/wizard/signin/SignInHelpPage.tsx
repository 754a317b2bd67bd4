import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { NotConfiguredReason } from '../../../shared/oauth';
import { ActionBar } from '../../app/ActionBar';
import { Button } from '../../app/Button';
import { useT } from '../../i18n/I18nProvider';
import { CopyButton } from '../../results/CopyButton';
import wizard from '../Wizard.module.css';
import styles from './SignIn.module.css';

/** The registration steps, in order (docs/microsoft-sign-in.md has the same, with more detail). */
const STEPS: readonly MessageKey[] = [
  'oauth.help.step.register',
  'oauth.help.step.account-types',
  'oauth.help.step.platform',
  'oauth.help.step.public-client',
  'oauth.help.step.permission',
  'oauth.help.step.consent',
  'oauth.help.step.deploy',
  'oauth.help.step.smtp-auth',
];

const REASONS: Readonly<Record<NotConfiguredReason, MessageKey>> = {
  'no-client-id': 'signin.help.reason.no-client-id',
  'invalid-client-id': 'signin.help.reason.invalid-client-id',
  'cloud-not-supported': 'signin.help.reason.cloud-not-supported',
  'invalid-authority': 'signin.help.reason.invalid-authority',
};

/** The org-defaults.json to deploy, with the placeholders in the person's language. */
function orgDefaultsSample(clientId: string, tenant: string): string {
  return JSON.stringify({ oauth: { clientId, tenant } }, null, 2);
}

/** Microsoft's admin-consent address for the app's one permission and redirect (docs/microsoft-sign-in.md step 6). */
function adminConsentSample(clientId: string, tenant: string): string {
  return `https://login.microsoftonline.com/${tenant}/v2.0/adminconsent?client_id=${clientId}&scope=https://outlook.office.com/SMTP.Send&redirect_uri=http://localhost`;
}

/** "Microsoft sign-in for IT": the exact registration, and where the client id goes. */
export function SignInHelpPage({ reason, onBack }: { reason?: NotConfiguredReason; onBack: () => void }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const clientId = t('signin.help.placeholder.client-id');
  const tenant = t('signin.help.placeholder.tenant');
  const orgDefaults = orgDefaultsSample(clientId, tenant);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    }
  };
  return (
    <div className={`${wizard.step} ${styles.help}`} onKeyDown={onKeyDown} data-testid="sign-in-help">
      <h1 ref={heading} tabIndex={-1}>
        {t('oauth.help.title')}
      </h1>
      <p className={wizard.lead}>{t('oauth.help.intro')}</p>
      {reason && <p className={wizard.notice}>{t('signin.help.now', { reason: t(REASONS[reason]) })}</p>}
      <ol>
        {STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p>{t('signin.help.org-defaults')}</p>
      <pre className={styles.snippet}>{orgDefaults}</pre>
      <div>
        <CopyButton text={orgDefaults} label={t('signin.help.copy')} />
      </div>
      <p>{t('signin.help.admin-consent')}</p>
      <pre className={styles.snippet}>{adminConsentSample(clientId, tenant)}</pre>
      <p>{t('oauth.help.browser-closed')}</p>
      <ActionBar>
        <Button variant="primary" onClick={onBack}>
          {t('signin.help.back')}
        </Button>
      </ActionBar>
    </div>
  );
}
