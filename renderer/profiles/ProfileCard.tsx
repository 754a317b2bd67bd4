import { useId, useState } from 'react';
import type { Profile } from '../../shared/profile';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import styles from '../wizard/Wizard.module.css';
import { PROFILE_VERDICT_KEYS, SECURITY_KEYS } from '../../shared/i18n/value-keys';

export interface ProfileCardProps {
  profile: Profile;
  secretStored: boolean | null;
  busy: boolean;
  status?: string;
  onRetest: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onExport: () => void;
}

export function ProfileCard({ profile, secretStored, busy, status, onRetest, onRename, onDelete, onExport }: ProfileCardProps) {
  const { t } = useT();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(profile.name);
  const [confirming, setConfirming] = useState(false);
  const last = profile.lastTest;

  return (
    <section className={styles.card} aria-labelledby={`${id}-name`} data-testid="profile-card">
      <h2 id={`${id}-name`} className={styles.label}>
        {profile.name}
      </h2>
      <p className={styles.hint}>
        {profile.address} · {profile.host}:{profile.port} · {t(SECURITY_KEYS[profile.security])}
      </p>
      <p className={styles.hint}>
        {last ? t('profiles.lastTest', { verdict: t(PROFILE_VERDICT_KEYS[last.verdict]), when: new Date(last.at).toLocaleString() }) : t('profiles.neverTested')}
        {profile.authMethod === 'password' && secretStored !== null && ` · ${secretStored ? t('profiles.passwordRemembered') : t('profiles.passwordNotRemembered')}`}
        {profile.oauthAccount && ` · ${t('oauth.account.signed-in', { username: profile.oauthAccount.username })}`}
      </p>
      {status && (
        <p role="status" className={styles.hint}>
          {status}
        </p>
      )}
      {renaming ? (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) onRename(name.trim());
            setRenaming(false);
          }}
        >
          <label htmlFor={`${id}-rename`} className="visually-hidden">
            {t('profiles.newName')}
          </label>
          <input id={`${id}-rename`} className={styles.input} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <Button type="submit">{t('profiles.saveName')}</Button>
          <Button onClick={() => setRenaming(false)}>{t('common.cancel')}</Button>
        </form>
      ) : confirming ? (
        <div className={styles.row} role="group" aria-label={t('profiles.confirmDelete', { name: profile.name })}>
          <span>{t('profiles.confirmDelete', { name: profile.name })}</span>
          <Button variant="primary" onClick={onDelete}>
            {t('profiles.delete')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Button onClick={onRetest} disabled={busy}>
            {t('profiles.retest')}
          </Button>
          <Button onClick={onExport}>{t('profiles.export')}</Button>
          <Button onClick={() => setRenaming(true)}>{t('profiles.rename')}</Button>
          <Button onClick={() => setConfirming(true)}>{t('profiles.delete')}</Button>
        </div>
      )}
    </section>
  );
}
