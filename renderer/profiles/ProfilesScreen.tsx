import { useEffect, useRef, useState } from 'react';
import { keychainReasonText, type Profile } from '../../shared/profile';
import { getApi } from '../api';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import styles from '../wizard/Wizard.module.css';
import { signInFailureWords } from '../../shared/sign-in-words';
import { signInFailureFromResult } from '../wizard/signin/result-sign-in';
import { ProfileCard } from './ProfileCard';
import { useProfiles } from './useProfiles';
import { PROBE_VERDICT_KEYS } from '../../shared/i18n/value-keys';

/** Saved settings: re-test, rename, export, delete (with the remembered password), forget all. */
export function ProfilesScreen({
  onExport,
  onNew,
  onTested,
}: {
  onExport: (profile: Profile) => void;
  onNew: () => void;
  /** A re-test finished: its run can go into the export's diagnostic report. */
  onTested?: (profileId: string, runId: string) => void;
}) {
  const { t } = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, reload] = useProfiles();
  const [status, setStatus] = useState<Record<string, string>>({});
  const [running, setRunning] = useState<Record<string, string>>({});
  // Profile id → run id, read by the one subscription below (which must not re-subscribe per run).
  const runIds = useRef<Record<string, string>>({});
  // The caller may pass a new function on every render; the subscription reads the latest one.
  const tested = useRef(onTested);
  useEffect(() => {
    tested.current = onTested;
  });
  const [confirmForget, setConfirmForget] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => headingRef.current?.focus(), []);

  // A re-test reports back through the same progress channel as the wizard. The page names
  // each re-test's run before asking, so its result is recognised even when it beats the answer.
  useEffect(() => {
    const api = getApi();
    if (!api) return;
    return api.onProbeEvent((event) => {
      if (event.type !== 'done') return;
      const profileId = Object.keys(runIds.current).find((id) => runIds.current[id] === event.runId);
      if (!profileId) return;
      delete runIds.current[profileId];
      tested.current?.(profileId, event.runId);
      setRunning(({ [profileId]: _done, ...rest }) => rest);
      // A saved Microsoft sign-in that no longer works says so, rather than "the test stopped".
      const signIn = signInFailureFromResult(event.result);
      setStatus((s) => ({ ...s, [profileId]: signIn ? signInFailureWords(signIn) : t(PROBE_VERDICT_KEYS[event.result.verdict]) }));
      void reload();
    });
  }, [reload, t]);

  const retest = async (profile: Profile) => {
    const api = getApi();
    if (!api) return;
    setStatus((s) => ({ ...s, [profile.id]: t('profiles.testing') }));
    const runId = crypto.randomUUID();
    runIds.current[profile.id] = runId;
    setRunning((r) => ({ ...r, [profile.id]: runId }));
    const started = await api.retestProfile({ id: profile.id, runId });
    if (!started.ok) {
      delete runIds.current[profile.id];
      setRunning(({ [profile.id]: _failed, ...rest }) => rest);
      const missing = started.error.field === 'oauthAccount' ? t('oauth.failure.sign-in-again') : t('profiles.noPassword');
      setStatus((s) => ({ ...s, [profile.id]: started.error.code === 'NOT_FOUND' ? missing : started.error.message }));
    }
  };

  const act = async (work: Promise<{ ok: boolean }>, done: string) => {
    const result = await work;
    setMessage(result.ok ? done : t('profiles.failed'));
    await reload();
  };

  const api = getApi();
  return (
    <div className={styles.step}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('profiles.title')}
      </h1>
      {state.keychainReason && (
        <div className={styles.warning} role="status" data-testid="keychain-unavailable">
          <strong>{t('profiles.keychainUnavailable.title')}</strong>
          <p>{keychainReasonText(state.keychainReason as Parameters<typeof keychainReasonText>[0])}</p>
          <p>{t('profiles.keychainUnavailable.body')}</p>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <div className={styles.body}>
        {state.loaded && state.rows.length === 0 && (
          <div className={styles.card}>
            <p>{t('profiles.empty')}</p>
            <Button variant="primary" onClick={onNew}>
              {t('profiles.setUp')}
            </Button>
          </div>
        )}
        {state.rows.map(({ profile, secretStored }) => (
          <ProfileCard
            key={profile.id}
            profile={profile}
            secretStored={secretStored}
            busy={profile.id in running}
            status={status[profile.id]}
            onRetest={() => void retest(profile)}
            onRename={(name) => api && void act(api.renameProfile({ id: profile.id, name }), t('profiles.renamed'))}
            onDelete={() => api && void act(api.deleteProfile({ id: profile.id }), t('profiles.deleted', { name: profile.name }))}
            onExport={() => onExport(profile)}
          />
        ))}
      </div>
      {state.rows.length > 0 && (
        <div className={styles.actions}>
          {confirmForget ? (
            <div className={styles.row} role="group" aria-label={t('profiles.forgetAll.confirm')}>
              <span>{t('profiles.forgetAll.confirm')}</span>
              <Button variant="primary" onClick={() => api && void act(api.forgetAllProfiles(), t('profiles.forgetAll.done')).then(() => setConfirmForget(false))}>
                {t('profiles.forgetAll')}
              </Button>
              <Button onClick={() => setConfirmForget(false)}>{t('common.cancel')}</Button>
            </div>
          ) : (
            <Button onClick={() => setConfirmForget(true)}>{t('profiles.forgetAll')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
