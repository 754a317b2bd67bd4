import { useId } from 'react';
import { PRESETS, isMicrosoftHost } from '../../shared/presets';
import type { LockableField } from '../../shared/profile';
import type { Security } from '../../shared/types';
import { hostSchema } from '../../shared/validation';
import { Button } from '../app/Button';
import { useFocusAfterAction } from '../app/useFocusAfterAction';
import { useT } from '../i18n/I18nProvider';
import { explainSettings, say, type ValueExplained } from './settings-explained';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';
import { SECURITY_KEYS } from '../../shared/i18n/value-keys';

const PORTS = [587, 25, 465, 2525];
const SECURITIES: Security[] = ['starttls', 'tls', 'none'];

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
  const explained = explainSettings(form);
  // "Use port 587" goes away once pressed: focus moves to the port's row, which now explains 587.
  const { ref: portRowRef, focusAfter: focusPortRow } = useFocusAfterAction();
  const reason = ({ changedFrom, meaning }: ValueExplained) => (
    <>
      {changedFrom && (
        <span className={styles.changed} data-testid="changed-from">
          {say(t, changedFrom)}
        </span>
      )}
      <span className={styles.reason}>{say(t, meaning)}</span>
    </>
  );

  return (
    <StepLayout
      step="settings"
      title={t(explained.title)}
      lead={t(explained.lead)}
      onBack={() => dispatch({ type: 'back' })}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!hostValid || !portValid}
    >
      <dl className={`${styles.settingsList} ${styles.card}`}>
        <dt>{t('wizard.settings.server')}</dt>
        <dd data-testid="settings-server">
          <span className={styles.value}>{form.host || '—'}</span>
          {reason(explained.server)}
        </dd>
        <dt>{t('wizard.settings.port')}</dt>
        <dd ref={portRowRef} tabIndex={-1} data-testid="settings-port">
          <span className={styles.value}>{form.port}</span>
          {reason(explained.port)}
        </dd>
        <dt>{t('wizard.settings.security')}</dt>
        <dd data-testid="settings-security">
          <span className={styles.value}>{t(SECURITY_KEYS[form.security])}</span>
          {reason(explained.security)}
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
          <Button
            onClick={() => {
              dispatch({ type: 'set-port', port: 587 });
              focusPortRow();
            }}
          >
            {t('wizard.settings.usePort587')}
          </Button>
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
