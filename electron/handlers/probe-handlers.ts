import type { Handlers } from '../ipc';
import type { RunsService } from '../runs/runs-service';

export function probeHandlers(runs: RunsService): Pick<Handlers, 'probe:start' | 'probe:cancel'> {
  return {
    'probe:start': ({ runId, ...request }) => runs.start(runId, request),
    'probe:cancel': ({ runId }) => runs.cancel(runId),
  };
}
