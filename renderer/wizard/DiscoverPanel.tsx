import { useEffect, useRef, useState } from 'react';
import type { DiscoverResult, Reason } from '../../shared/discovery';
import type { Security } from '../../shared/types';
import { modeKey, reachKey, reasonParams, tlsKey } from '../../shared/discovery';
import { getApi } from '../api';
import { Button } from '../app/Button';
import { useFocusAfterAction } from '../app/useFocusAfterAction';
import { useT } from '../i18n/I18nProvider';
import styles from './DiscoverPanel.module.css';
import type { WizardAction, WizardForm } from './wizard-state';

type State = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: DiscoverResult } | { status: 'error'; message: string };

export interface DiscoverPanelProps {
  form: WizardForm;
  dispatch: (action: WizardAction) => void;
  /**
   * On the result page: the recommended port is used and tested at once ("Use port N and
   * test again"), and the panel's words are the result's.
   */
  onUseAndTest?: (port: number, security: Security) => void;
}

/** "What works from here?": every common port at once, as a small table with a recommendation. */
export function DiscoverPanel({ form, dispatch, onUseAndTest }: DiscoverPanelProps) {
  const { t } = useT();
  const [state, setState] = useState<State>({ status: 'idle' });
  // The port the person took from the recommendation, said where the button was.
  const [used, setUsed] = useState<number | null>(null);
  // Focus follows each action: the table (or why it failed) after the check, the note after "Use port".
  const { ref: outcomeRef, focusAfter: focusOutcome } = useFocusAfterAction();
  const { ref: usedRef, focusAfter: focusUsed } = useFocusAfterAction();
  const panel = useRef<HTMLElement>(null);
  const say = (reason: Reason) => t(reason.key, reasonParams(reason));

  const run = async () => {
    const api = getApi();
    if (!api) return;
    setState({ status: 'running' });
    setUsed(null);
    // Microsoft accounts: start from the address, so the domain checks run too.
    const input = form.preset === 'microsoft365' || form.preset === 'outlook-com' ? form.address.trim() : form.host.trim();
    const result = await api.discover({ input });
    setState(result.ok ? { status: 'done', result: result.value } : { status: 'error', message: result.error.message });
    // On the result page the effect below puts focus on the way on ("Use port N and test again") instead.
    if (!onUseAndTest) focusOutcome();
  };

  const recommendation = state.status === 'done' ? state.result.recommendation : null;
  const canUse = recommendation?.found && recommendation.port !== null && (recommendation.port !== form.port || recommendation.security !== form.security);
  // The person asked for this: once found, the way on has the focus.
  useEffect(() => {
    if (!onUseAndTest || state.status !== 'done') return;
    const found = panel.current?.querySelector<HTMLElement>('[data-use-port]') ?? panel.current?.querySelector<HTMLElement>('[role="region"]');
    found?.focus();
  }, [onUseAndTest, state.status]);

  return (
    <section ref={panel} className={styles.panel} aria-labelledby="discover-title" aria-busy={state.status === 'running'}>
      <h2 id="discover-title" className={styles.title}>
        {onUseAndTest ? t('wizard.result.fix.discover.title') : t('wizard.discover.title')}
      </h2>
      <p className={styles.hint}>{onUseAndTest ? t('wizard.result.fix.discover.lead', { host: form.host }) : t('wizard.discover.lead')}</p>
      <Button variant={onUseAndTest && state.status === 'idle' ? 'primary' : 'secondary'} onClick={() => void run()} disabled={state.status === 'running'}>
        {state.status === 'running' ? t('wizard.discover.running') : onUseAndTest ? t('wizard.result.fix.discover') : t('wizard.discover.button')}
      </Button>
      <div aria-live="polite" ref={outcomeRef} tabIndex={-1} data-testid="discover-outcome">
        {state.status === 'error' && <p role="alert">{t('wizard.discover.failed', { message: state.message })}</p>}
        {state.status === 'done' && (
          <>
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t('wizard.discover.caption', { host: state.result.target.host })}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t('wizard.discover.caption', { host: state.result.target.host })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('discover.column.port')}</th>
                  <th scope="col">{t('discover.column.mode')}</th>
                  <th scope="col">{t('discover.column.reach')}</th>
                  <th scope="col">{t('discover.column.tls')}</th>
                  <th scope="col">{t('discover.column.auth')}</th>
                </tr>
              </thead>
              <tbody>
                {state.result.ports.map((row) => (
                  <tr key={`${row.port}-${row.security}`} data-usable={row.usable} data-testid={`discover-row-${row.port}`}>
                    <th scope="row">{row.port}</th>
                    <td>{t(modeKey(row.security))}</td>
                    <td>
                      {t(reachKey(row))}
                      {row.expected && <span className={styles.expected}> {t('wizard.discover.expected')}</span>}
                    </td>
                    <td>{t(tlsKey(row))}</td>
                    <td>{row.authMechanisms.length ? row.authMechanisms.join(', ') : t('discover.auth.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
            <ul className={styles.reasons}>
              {state.result.recommendation.reasons.map((reason, index) => (
                <li key={index}>{say(reason)}</li>
              ))}
            </ul>
            {canUse && recommendation.port !== null && (
              <Button
                data-use-port
                variant="primary"
                onClick={() => {
                  const port = recommendation.port as number;
                  if (onUseAndTest) return onUseAndTest(port, recommendation.security ?? form.security);
                  dispatch({ type: 'set-port', port });
                  if (recommendation.security) dispatch({ type: 'set-security', security: recommendation.security });
                  setUsed(recommendation.port);
                  focusUsed();
                }}
              >
                {onUseAndTest ? t('wizard.result.fix.usePort', { port: recommendation.port }) : t('wizard.discover.use', { port: recommendation.port })}
              </Button>
            )}
            {used !== null && !canUse && (
              <p role="status" ref={usedRef} tabIndex={-1} data-testid="discover-used">
                {t('wizard.discover.used', { port: used })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
