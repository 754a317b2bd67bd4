import { useEffect, useId, useRef, useState } from 'react';
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
import type { SignInFocus, WizardAction, WizardForm } from './wizard-state';
import { signInValues } from '../../shared/sign-in-words';
import { AUTH_METHOD_KEYS } from '../../shared/i18n/value-keys';

/** Sign in with Microsoft first: it is how Outlook and Apple Mail sign in to Microsoft's servers. */
const METHODS: AuthMethod[] = ['oauth2', 'password', 'none'];

export function signInReady(form: WizardForm): boolean {
  if (form.authMethod === 'password') return form.password.length > 0;
  if (form.authMethod === 'oauth2') return form.oauthAccount !== null;
  return form.authMethod === 'none';
}

export interface SignInStepProps {
  form: WizardForm;
  showPassword: boolean;
  /** What the result sent the person here for: the password field, or Microsoft's sign-in. */
  focus?: SignInFocus | undefined;
  dispatch: (action: WizardAction) => void;
}

export function SignInStep({ form, showPassword, focus, dispatch }: SignInStepProps) {
  const { t } = useT();
  const id = useId();
  const passwordInput = useRef<HTMLInputElement>(null);
  // After StepLayout focused the heading: straight to the field the result asked for.
  useEffect(() => {
    if (focus === 'password') passwordInput.current?.focus();
  }, [focus]);
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
                {t(AUTH_METHOD_KEYS[method].hint, signInValues())}
                {method === 'password' && preset?.microsoft && ` ${t('signin.password.microsoft-note', signInValues())}`}
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
          focusOnArrival={focus === 'microsoft'}
        />
      )}

      {form.authMethod === 'password' && (
        <div className={`${styles.body} ${styles.card}`}>
          <Field label={t('wizard.signin.password')}>
            {(control) => (
              <input
                {...control}
                ref={passwordInput}
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
