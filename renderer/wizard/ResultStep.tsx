import { isFindingId } from '../../shared/findings/ids';
import { PROVEN_HEADING, provenOutcome } from '../../shared/proven';
import type { ProbeResult } from '../../shared/types';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { FindingCard } from '../results/FindingCard';
import { TranscriptView } from '../results/TranscriptView';
import { SaveProfilePanel } from './SaveProfilePanel';
import { needsNewSignIn, signInFailureFromResult } from './signin/result-sign-in';
import { SignInFailureView } from './signin/SignInFailureView';
import { useSignInAgain } from './signin/useSignInAgain';
import { StageTimeline } from './StageTimeline';
import { StepLayout } from './StepLayout';
import { VerdictSummary } from './verdict/VerdictSummary';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';

export interface ResultStepProps {
  form: WizardForm;
  result: ProbeResult;
  dispatch: (action: WizardAction) => void;
  onRetest: () => void;
  onPasteError: () => void;
  onExport?: () => void;
  onSaved?: () => void;
}

/** The server's own words from the failing stage, quoted when no catalogue entry knows them. */
function serverQuote(result: ProbeResult): string | undefined {
  const failing = result.stages.find((s) => s.status === 'fail');
  const evidence = failing?.evidence.find((e) => e.kind === 'reply' || e.kind === 'socket-error' || e.kind === 'tls-error');
  if (!evidence) return undefined;
  return evidence.kind === 'reply' ? [evidence.code, evidence.enhanced, evidence.text].filter(Boolean).join(' ') : evidence.message;
}

export function ResultStep({ form, result, dispatch, onRetest, onPasteError, onExport, onSaved }: ResultStepProps) {
  const { t } = useT();
  const signInAgain = useSignInAgain(form, dispatch);
  // A sign-in that failed before the test has its own card (the finding, or its words until the
  // catalogue knows it, and the details for IT); the findings list does not repeat it.
  const signInFailure = signInFailureFromResult(result);
  const findings = result.findings.filter(isFindingId).filter((id) => !(signInFailure && (id === 'unknown' || id === signInFailure.findingId)));
  const [top, ...others] = findings;
  const params = { address: form.address, host: result.request.host, port: result.request.port, quote: serverQuote(result) };
  const sent = result.stages.some((s) => s.id === 'data' && s.status === 'pass');
  const badPassword = findings.includes('auth.bad-credentials');
  const newSignIn = needsNewSignIn(result);

  return (
    <StepLayout
      step="result"
      title={t(PROVEN_HEADING[provenOutcome(result)])}
      onBack={() => dispatch({ type: 'back' })}
      actions={
        <>
          <Button onClick={onPasteError}>{t('wizard.result.explainOther')}</Button>
          {badPassword ? (
            <Button variant="primary" onClick={() => dispatch({ type: 'go', to: 'signin' })}>
              {t('wizard.result.changePassword')}
            </Button>
          ) : newSignIn ? (
            <Button variant="primary" onClick={() => void signInAgain()}>
              {t('signin.result.again')}
            </Button>
          ) : (
            <Button variant={result.verdict === 'pass' ? 'secondary' : 'primary'} onClick={onRetest}>
              {t('wizard.result.testAgain')}
            </Button>
          )}
          {onExport && result.verdict !== 'fail' && (
            <Button variant="primary" onClick={onExport}>
              {t('wizard.result.export')}
            </Button>
          )}
        </>
      }
    >
      {(result.verdict === 'pass' || result.verdict === 'warn') && <VerdictSummary result={result} address={form.address} />}
      {sent && <p role="status">{t('wizard.result.pass.sent', { address: form.address })}</p>}
      {signInFailure && <SignInFailureView failure={signInFailure} address={form.address} title={t('signin.result.title')} />}
      {top && <FindingCard id={top} params={params} />}
      {onSaved && form.preset && (result.verdict === 'pass' || result.verdict === 'warn') && <SaveProfilePanel form={form} result={result} onSaved={onSaved} />}
      {others.length > 0 && (
        <section aria-labelledby="other-findings">
          <h2 id="other-findings" className={styles.label}>
            {t('wizard.result.otherFindings')}
          </h2>
          <div className={styles.body}>
            {others.map((id) => (
              <FindingCard key={id} id={id} params={params} prominent={false} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
      <details>
        <summary>{t('wizard.result.stages')}</summary>
        <StageTimeline stages={result.stages.map((s) => ({ id: s.id, status: s.status, durationMs: s.durationMs, detail: s.detail }))} label={t('wizard.result.stages')} showDetail />
      </details>
      <TranscriptView lines={result.transcript} summary={t('wizard.result.transcript')} />
    </StepLayout>
  );
}
