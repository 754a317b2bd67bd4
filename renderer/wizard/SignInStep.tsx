import { useId } from 'react';
import { PRESETS } from '../../shared/presets';
import type { AuthMethod } from '../../shared/types';
import { useT } from '../i18n/I18nProvider';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';

const METHODS: AuthMethod[] = ['password', 'oauth2', 'none'];

export function signInReady(form: WizardForm): boolean {
  if (form.authMethod === 'password') return form.password.length > 0;
  // Sign in with Microsoft is not wired in this version: it cannot be the chosen way to test.
  return form.authMethod === 'none';
}

export function SignInStep({ form, showPassword, dispatch }: { form: WizardForm; showPassword: boolean; dispatch: (action: WizardAction) => void }) {
  const { t, tDynamic } = useT();
  const id = useId();
  const accepted = form.preset ? PRESETS[form.preset].authMethods : METHODS;
  const methods = METHODS.filter((m) => m === 'none' || accepted.includes(m));

  return (
    <StepLayout
      step="signin"
      title={t('wizard.signin.title')}
      lead={t('wizard.signin.lead')}
      onBack={() => dispatch({ type: 'back' })}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!signInReady(form)}
    >
      {form.preset === 'outlook-com' && <p className={styles.notice}>{t('wizard.signin.outlookComNeedsOAuth')}</p>}
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{t('wizard.signin.title')}</legend>
        {methods.map((method) => (
          <label key={method} className={styles.radio} data-selected={form.authMethod === method}>
            <input
              type="radio"
              name={`${id}-method`}
              value={method}
              checked={form.authMethod === method}
              aria-describedby={`${id}-${method}-hint`}
              onChange={() => dispatch({ type: 'edit', patch: { authMethod: method } })}
            />
            <span>
              <span className={styles.label}>{tDynamic(`wizard.signin.method.${method === 'oauth2' ? 'oauth' : method}`)}</span>
              <span id={`${id}-${method}-hint`} className={styles.reason}>
                {tDynamic(`wizard.signin.method.${method === 'oauth2' ? 'oauth' : method}.hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      {form.authMethod === 'oauth2' && (
        <p className={styles.warning} role="status">
          {t('wizard.signin.method.oauth.unavailable')}
        </p>
      )}

      {form.authMethod === 'password' && (
        <div className={`${styles.body} ${styles.card}`}>
          <div className={styles.field}>
            <label htmlFor={`${id}-password`}>{t('wizard.signin.password')}</label>
            <input
              id={`${id}-password`}
              className={styles.input}
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              spellCheck={false}
              value={form.password}
              onChange={(event) => dispatch({ type: 'edit', patch: { password: event.target.value } })}
            />
          </div>
          <label className={styles.checkbox}>
            <input type="checkbox" checked={showPassword} onChange={() => dispatch({ type: 'toggle-show-password' })} />
            <span>{t('wizard.signin.showPassword')}</span>
          </label>
          <label className={styles.checkbox}>
            <input
              type="checkbox"
              checked={form.remember}
              aria-describedby={`${id}-remember-hint`}
              onChange={(event) => dispatch({ type: 'edit', patch: { remember: event.target.checked } })}
            />
            <span>
              {t('wizard.signin.remember')}
              <span id={`${id}-remember-hint`} className={styles.reason}>
                {t('wizard.signin.remember.hint')}
              </span>
            </span>
          </label>
        </div>
      )}
    </StepLayout>
  );
}
