import { useId, useState } from 'react';
import type { SaveProfileResponse } from '../../shared/contract';
import { keychainReasonText } from '../../shared/profile';
import type { ProbeResult } from '../../shared/types';
import { getApi } from '../api';
import { Button } from '../app/Button';
import { Choice } from '../app/Choice';
import { useFocusAfterAction } from '../app/useFocusAfterAction';
import { useT } from '../i18n/I18nProvider';
import { SignInRemembered } from './signin/SignInRemembered';
import styles from './Wizard.module.css';
import type { WizardForm } from './wizard-state';
import { REMEMBERED_KEYS } from '../../shared/i18n/value-keys';

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; response: SaveProfileResponse } | { status: 'error'; message: string };

/**
 * Saves the tested settings as a profile. The password is not sent again: main keeps
 * the one this run signed in with and stores it only if the box is ticked.
 */
export function SaveProfilePanel({ form, result, onSaved }: { form: WizardForm; result: ProbeResult; onSaved: () => void }) {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState(form.address);
  const [remember, setRemember] = useState(form.remember);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  // After Save, focus lands on what happened: the saved notice, or why it failed.
  const { ref: outcomeRef, focusAfter: focusOutcome } = useFocusAfterAction();
  const usesPassword = result.request.auth.method === 'password';
  // A Microsoft sign-in profile remembers who signed in (key and name); its tokens stay in the keychain cache.
  const oauthAccount = result.request.auth.method === 'oauth2' && form.oauthAccount ? { key: form.oauthAccount.key, username: form.oauthAccount.username } : null;

  const save = async () => {
    const api = getApi();
    if (!api || !form.preset) return;
    setState({ status: 'saving' });
    const user = form.user.trim();
    const saved = await api.saveProfile({
      profile: {
        name: name.trim() || form.address,
        preset: form.preset,
        address: form.address.trim(),
        host: result.request.host,
        port: result.request.port,
        security: result.request.security,
        authMethod: result.request.auth.method,
        ...(user && user !== form.address.trim() ? { user } : {}),
        ...(oauthAccount ? { oauthAccount } : {}),
      },
      rememberFromRunId: result.runId,
      remember: usesPassword && remember,
    });
    setState(saved.ok ? { status: 'saved', response: saved.value } : { status: 'error', message: saved.error.message });
    focusOutcome();
  };

  if (state.status === 'saved') {
    const { remembered, keychainReason } = state.response;
    return (
      <section className={styles.card} aria-labelledby={`${id}-saved`}>
        <h2 id={`${id}-saved`} className={styles.label} ref={outcomeRef} tabIndex={-1} data-testid="saved-notice">
          {t('wizard.save.saved', { name: state.response.profile.name })}
        </h2>
        {oauthAccount && <SignInRemembered remembered={remembered} keychainReason={keychainReason} />}
        {usesPassword && (
          <p role="status" data-testid="remember-outcome" className={remembered === 'keychain-unavailable' ? styles.warning : undefined}>
            {remembered === 'keychain-unavailable'
              ? `${t('wizard.save.keychainUnavailable')} ${keychainReasonText((keychainReason ?? 'unknown') as Parameters<typeof keychainReasonText>[0])}`
              : t(REMEMBERED_KEYS[remembered])}
          </p>
        )}
        <Button onClick={onSaved}>{t('wizard.save.openProfiles')}</Button>
      </section>
    );
  }

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.label}>
        {t('wizard.save.title')}
      </h2>
      <div className={styles.body}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t('wizard.save.name')}</label>
          <input id={`${id}-name`} className={styles.input} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        {usesPassword && (
          <Choice type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} label={t('wizard.signin.remember')} />
        )}
        {state.status === 'error' && (
          <p className={styles.error} role="alert" ref={outcomeRef} tabIndex={-1}>
            {t('wizard.save.failed', { message: state.message })}
          </p>
        )}
        <div>
          <Button onClick={() => void save()} disabled={state.status === 'saving'}>
            {t('wizard.save.button')}
          </Button>
        </div>
      </div>
    </section>
  );
}
