import { useId } from 'react';
import { PRESETS, isMicrosoftHost } from '../../shared/presets';
import type { LockableField } from '../../shared/profile';
import type { Security } from '../../shared/types';
import { hostSchema } from '../../shared/validation';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';
import type { MessageKey } from '../../shared/i18n';
import { OTHER_PORT_REASON_KEY, PORT_REASON_KEYS, SECURITY_KEYS, SECURITY_REASON_KEYS } from '../../shared/i18n/value-keys';

const PORTS = [587, 25, 465, 2525];
const SECURITIES: Security[] = ['starttls', 'tls', 'none'];

function serverReason(form: WizardForm): MessageKey {
  if (form.preset === 'microsoft365-relay') return 'wizard.settings.reason.server.relay';
  return form.preset && PRESETS[form.preset].microsoft ? 'wizard.settings.reason.server.microsoft' : 'wizard.settings.reason.server.custom';
}

export interface SettingsStepProps {
  form: WizardForm;
  advanced: boolean;
  /** Fields IT fixed in the organisation defaults. */
  locked: readonly LockableField[];
  dispatch: (action: WizardAction) => void;
}

export function SettingsStep({ form, advanced, locked, dispatch }: SettingsStepProps) {
  const { t } = useT();
  const id = useId();
  const hostValid = hostSchema.safeParse(form.host).success;
  const portValid = Number.isInteger(form.port) && form.port >= 1 && form.port <= 65535;
  const port465OnMicrosoft = form.port === 465 && isMicrosoftHost(form.host);
  const signsIn = form.preset ? PRESETS[form.preset].authMethods.some((m) => m !== 'none') : true;
  const portReason = PORT_REASON_KEYS[form.port] ?? OTHER_PORT_REASON_KEY;

  return (
    <StepLayout
      step="settings"
      title={t('wizard.settings.title')}
      lead={t('wizard.settings.lead')}
      onBack={() => dispatch({ type: 'back' })}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!hostValid || !portValid}
    >
      <dl className={`${styles.settingsList} ${styles.card}`}>
        <dt>{t('wizard.settings.server')}</dt>
        <dd>
          <span className={styles.value}>{form.host || '—'}</span>
          <span className={styles.reason}>{t(serverReason(form))}</span>
        </dd>
        <dt>{t('wizard.settings.port')}</dt>
        <dd>
          <span className={styles.value}>{form.port}</span>
          <span className={styles.reason}>{t(portReason)}</span>
        </dd>
        <dt>{t('wizard.settings.security')}</dt>
        <dd>
          <span className={styles.value}>{t(SECURITY_KEYS[form.security])}</span>
          <span className={styles.reason}>{t(SECURITY_REASON_KEYS[form.security])}</span>
        </dd>
        <dt>{t('wizard.settings.user')}</dt>
        <dd>
          <span className={styles.value}>{signsIn ? form.user || form.address : '—'}</span>
          <span className={styles.reason}>{signsIn ? t('wizard.settings.reason.user.address') : t('wizard.settings.reason.user.none')}</span>
        </dd>
      </dl>

      {port465OnMicrosoft && (
        <div className={styles.warning} role="alert">
          <p>{t('wizard.settings.port465Microsoft')}</p>
          <Button onClick={() => dispatch({ type: 'set-port', port: 587 })}>{t('wizard.settings.usePort587')}</Button>
        </div>
      )}
      {form.security === 'none' && (
        <p className={styles.warning} role="note">
          {t('wizard.settings.plainWarning')}
        </p>
      )}

      <div>
        <Button variant="quiet" aria-expanded={advanced} aria-controls={`${id}-advanced`} onClick={() => dispatch({ type: 'toggle-advanced' })}>
          {advanced ? t('wizard.settings.advanced.hide') : t('wizard.settings.advanced.show')}
        </Button>
      </div>
      {advanced && (
        <div id={`${id}-advanced`} className={`${styles.body} ${styles.card}`}>
          {locked.some((f) => f === 'host' || f === 'port' || f === 'security') && <p className={styles.hint}>{t('wizard.lockedByIt')}</p>}
          <div className={styles.field}>
            <label htmlFor={`${id}-host`}>{t('wizard.settings.server')}</label>
            <input
              id={`${id}-host`}
              className={styles.input}
              value={form.host}
              readOnly={locked.includes('host')}
              spellCheck={false}
              aria-invalid={!hostValid}
              aria-describedby={hostValid ? undefined : `${id}-host-error`}
              onChange={(event) => dispatch({ type: 'edit', patch: { host: event.target.value } })}
            />
            {!hostValid && (
              <p id={`${id}-host-error`} className={styles.error}>
                {t('wizard.settings.hostInvalid')}
              </p>
            )}
          </div>
          <div className={styles.row}>
            <div className={styles.field}>
              <label htmlFor={`${id}-port`}>{t('wizard.settings.port')}</label>
              <input
                id={`${id}-port`}
                className={styles.input}
                type="number"
                inputMode="numeric"
                min={1}
                max={65535}
                list={`${id}-ports`}
                value={form.port || ''}
                readOnly={locked.includes('port')}
                onChange={(event) => dispatch({ type: 'set-port', port: Number(event.target.value) })}
              />
              <datalist id={`${id}-ports`}>
                {PORTS.map((port) => (
                  <option key={port} value={port} />
                ))}
              </datalist>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-security`}>{t('wizard.settings.security')}</label>
              <select
                id={`${id}-security`}
                className={styles.input}
                value={form.security}
                disabled={locked.includes('security')}
                onChange={(event) => dispatch({ type: 'set-security', security: event.target.value as Security })}
              >
                {SECURITIES.map((security) => (
                  <option key={security} value={security}>
                    {t(SECURITY_KEYS[security])}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {signsIn && (
            <div className={styles.field}>
              <label htmlFor={`${id}-user`}>{t('wizard.settings.user')}</label>
              <input
                id={`${id}-user`}
                className={styles.input}
                value={form.user}
                placeholder={form.address}
                spellCheck={false}
                aria-describedby={`${id}-user-hint`}
                onChange={(event) => dispatch({ type: 'edit', patch: { user: event.target.value } })}
              />
              <p id={`${id}-user-hint`} className={styles.hint}>
                {t('wizard.settings.userHint')}
              </p>
            </div>
          )}
        </div>
      )}
    </StepLayout>
  );
}
