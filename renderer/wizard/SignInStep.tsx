import { useId, useState } from 'react';
import type { NotConfiguredReason } from '../../shared/oauth';
import { PRESETS } from '../../shared/presets';
import type { AuthMethod } from '../../shared/types';
import { Choice } from '../app/Choice';
import { Field } from '../app/Field';
import { useT } from '../i18n/I18nProvider';
import { MicrosoftSignIn } from './signin/MicrosoftSignIn';
import { SignInHelpPage } from './signin/SignInHelpPage';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';
import { AUTH_METHOD_KEYS } from '../../shared/i18n/value-keys';

/** Sign in with Microsoft first: it is how Outlook and Apple Mail sign in to Microsoft's servers. */
const METHODS: AuthMethod[] = ['oauth2', 'password', 'none'];

export function signInReady(form: WizardForm): boolean {
  if (form.authMethod === 'password') return form.password.length > 0;
  if (form.authMethod === 'oauth2') return form.oauthAccount !== null;
  return form.authMethod === 'none';
}

export function SignInStep({ form, showPassword, dispatch }: { form: WizardForm; showPassword: boolean; dispatch: (action: WizardAction) => void }) {
  const { t } = useT();
  const id = useId();
  // The page for IT replaces the step while it is open; null = closed.
  const [help, setHelp] = useState<{ reason?: NotConfiguredReason } | null>(null);
  const preset = form.preset ? PRESETS[form.preset] : null;
  const accepted = preset ? preset.authMethods : METHODS;
  const methods = METHODS.filter((m) => m === 'none' || accepted.includes(m));

  if (help) return <SignInHelpPage {...help} onBack={() => setHelp(null)} />;

  return (
    <StepLayout
      step="signin"
      title={t('wizard.signin.title')}
      lead={form.authMethod === 'oauth2' ? t('signin.lead.oauth') : t('wizard.signin.lead')}
      onBack={() => dispatch({ type: 'back' })}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!signInReady(form)}
    >
      {form.preset === 'outlook-com' && <p className={styles.notice}>{t('wizard.signin.outlookComNeedsOAuth')}</p>}
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{t('wizard.signin.title')}</legend>
        {methods.map((method) => (
          <Choice
            key={method}
            type="radio"
            name={`${id}-method`}
            value={method}
            checked={form.authMethod === method}
            onChange={() => dispatch({ type: 'edit', patch: { authMethod: method } })}
            label={t(AUTH_METHOD_KEYS[method].label)}
            hint={
              <>
                {t(AUTH_METHOD_KEYS[method].hint)}
                {method === 'password' && preset?.microsoft && ` ${t('signin.password.microsoft-note')}`}
              </>
            }
          />
        ))}
      </fieldset>

      {form.authMethod === 'oauth2' && (
        <MicrosoftSignIn
          presetId={form.preset}
          address={form.address}
          account={form.oauthAccount}
          onAccount={(account) => dispatch({ type: 'oauth-account', account })}
          onHelp={(reason) => setHelp(reason ? { reason } : {})}
          passwordOffered={methods.includes('password')}
        />
      )}

      {form.authMethod === 'password' && (
        <div className={`${styles.body} ${styles.card}`}>
          <Field label={t('wizard.signin.password')}>
            {(control) => (
              <input
                {...control}
                className={styles.input}
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                spellCheck={false}
                value={form.password}
                onChange={(event) => dispatch({ type: 'edit', patch: { password: event.target.value } })}
              />
            )}
          </Field>
          <Choice type="checkbox" checked={showPassword} onChange={() => dispatch({ type: 'toggle-show-password' })} label={t('wizard.signin.showPassword')} />
          <Choice
            type="checkbox"
            checked={form.remember}
            onChange={(event) => dispatch({ type: 'edit', patch: { remember: event.target.checked } })}
            label={t('wizard.signin.remember')}
            hint={t('wizard.signin.remember.hint')}
          />
        </div>
      )}
    </StepLayout>
  );
}
