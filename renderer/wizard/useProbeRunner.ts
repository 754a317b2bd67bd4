import { useCallback, useEffect } from 'react';
import { planStages } from '../../shared/stages';
import { getApi } from '../api';
import { buildProbeRequest } from './probe-request';
import type { WizardAction, WizardState } from './wizard-state';

/**
 * Connects the wizard to the live test. It listens before it starts and names the run
 * itself, so the reducer can take every event of that run, even one that arrives before
 * main has answered the start; events of other runs are the reducer's to ignore.
 */
export function useProbeRunner(state: WizardState, dispatch: (action: WizardAction) => void) {
  useEffect(() => {
    const api = getApi();
    if (!api) return;
    return api.onProbeEvent((event) => dispatch({ type: 'probe-event', event }));
  }, [dispatch]);

  const start = useCallback(async () => {
    const api = getApi();
    if (!api) return;
    const runId = crypto.randomUUID();
    dispatch({ type: 'probe-starting', runId, plan: planStages(state.form.security) });
    const started = await api.startProbe({ ...buildProbeRequest(state.form), runId });
    dispatch(started.ok ? { type: 'probe-started', runId } : { type: 'probe-failed-to-start', runId, message: started.error.message });
  }, [dispatch, state.form]);

  const cancel = useCallback(async () => {
    const api = getApi();
    const { step } = state;
    const live = step.name === 'test' && (step.run.status === 'starting' || step.run.status === 'running') ? step.run.runId : null;
    if (api && live) await api.cancelProbe({ runId: live });
  }, [state]);

  return { start, cancel };
}
