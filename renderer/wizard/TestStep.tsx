import { useT } from '../i18n/I18nProvider';
import { Button } from '../app/Button';
import { DiscoverPanel } from './DiscoverPanel';
import { AccountNotice } from './signin/AccountNotice';
import { StageTimeline } from './StageTimeline';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { StepState, WizardAction, WizardForm } from './wizard-state';
import { planStages, STAGES } from '../../shared/stages';
import { STATUS_KEYS } from './stage-words';

type TestRun = Extract<StepState, { name: 'test' }>['run'];

export interface TestStepProps {
  form: WizardForm;
  run: TestRun;
  online: boolean;
  dispatch: (action: WizardAction) => void;
  onStart: () => void;
  onCancel: () => void;
  onPasteError: () => void;
  /** Offline: the export screen, from what the form holds (no test needed). */
  onSetUpMailApp?: () => void;
}

export function TestStep({ form, run, online, dispatch, onStart, onCancel, onPasteError, onSetUpMailApp }: TestStepProps) {
  const { t } = useT();
  const busy = run.status === 'starting' || run.status === 'running';
  const stages = busy ? run.stages : planStages(form.security).map((id) => ({ id, status: 'pending' as const }));
  const latest = busy ? [...run.stages].reverse().find((s) => s.status !== 'pending' && s.status !== 'running') : undefined;

  if (!online && !busy) {
    return (
      <StepLayout step="test" title={t('wizard.test.offline.title')} onBack={() => dispatch({ type: 'back' })}>
        <p>{t('wizard.test.offline.body')}</p>
        <div className={styles.row}>
          {onSetUpMailApp && (
            <Button variant="primary" onClick={onSetUpMailApp}>
              {t('wizard.test.offline.export')}
            </Button>
          )}
          <Button onClick={onPasteError}>{t('paste.open')}</Button>
        </div>
      </StepLayout>
    );
  }

  return (
    <StepLayout
      step="test"
      title={t('wizard.test.title')}
      lead={t('wizard.test.lead')}
      onBack={busy ? onCancel : () => dispatch({ type: 'back' })}
      // One button that turns from Start into Cancel, so focus stays on it while the test runs
      // (a new button would drop focus to the page); the result heading takes focus at the end.
      onNext={busy ? onCancel : onStart}
      nextLabel={busy ? t('wizard.test.cancel') : t('wizard.test.start')}
    >
      {form.authMethod === 'oauth2' && form.oauthAccount && <AccountNotice account={form.oauthAccount} address={form.address} />}
      {form.authMethod !== 'none' && (
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={form.sendTestMessage}
            disabled={busy}
            onChange={(event) => dispatch({ type: 'edit', patch: { sendTestMessage: event.target.checked } })}
          />
          <span>{t('wizard.test.sendMessage', { address: form.address })}</span>
        </label>
      )}
      {run.status === 'error' && (
        <p className={styles.warning} role="alert">
          {t('wizard.test.couldNotStart', { message: run.message })}
        </p>
      )}
      <StageTimeline stages={stages} label={t('wizard.test.timeline')} />
      {!busy && <DiscoverPanel form={form} dispatch={dispatch} />}
      <p className="visually-hidden" aria-live="polite" data-testid="progress-announcement">
        {run.status === 'starting'
          ? t('wizard.test.starting')
          : latest
            ? t('wizard.test.stageAnnouncement', { stage: t(STAGES[latest.id].name), status: t(STATUS_KEYS[latest.status]) })
            : ''}
      </p>
    </StepLayout>
  );
}
