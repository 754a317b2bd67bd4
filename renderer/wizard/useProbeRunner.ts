import { useCallback, useEffect, useRef } from 'react';
import { planStages } from '../../shared/probe-plan';
import type { ProbeEvent } from '../../shared/types';
import { getApi } from '../api';
import { buildProbeRequest } from './probe-request';
import type { WizardAction, WizardState } from './wizard-state';

const MAX_EARLY_EVENTS = 200;

/**
 * Connects the wizard to the live test: starts and cancels runs and feeds progress
 * events into the reducer. Events that arrive before the run id does (main may push
 * the first stage before the invoke reply lands) are held and replayed.
 */
export function useProbeRunner(state: WizardState, dispatch: (action: WizardAction) => void) {
  const early = useRef<ProbeEvent[]>([]);
  const runIdRef = useRef<string | null>(null);

  useEffect(() => {
    const api = getApi();
    if (!api) return;
    return api.onProbeEvent((event) => {
      if (runIdRef.current === event.runId) dispatch({ type: 'probe-event', event });
      else if (runIdRef.current === null) early.current = [...early.current, event].slice(-MAX_EARLY_EVENTS);
    });
  }, [dispatch]);

  const start = useCallback(async () => {
    const api = getApi();
    if (!api) return;
    early.current = [];
    runIdRef.current = null;
    dispatch({ type: 'go', to: 'test' });
    dispatch({ type: 'probe-starting' });
    const result = await api.startProbe(buildProbeRequest(state.form));
    if (!result.ok) {
      dispatch({ type: 'probe-failed-to-start', message: result.error.message });
      return;
    }
    const { runId } = result.value;
    runIdRef.current = runId;
    dispatch({ type: 'probe-started', runId, plan: planStages(state.form.security) });
    for (const event of early.current.filter((e) => e.runId === runId)) dispatch({ type: 'probe-event', event });
    early.current = [];
  }, [dispatch, state.form]);

  const cancel = useCallback(async () => {
    const api = getApi();
    const runId = state.step.name === 'test' && state.step.run.status === 'running' ? state.step.run.runId : null;
    if (api && runId) await api.cancelProbe({ runId });
  }, [state.step]);

  return { start, cancel };
}
