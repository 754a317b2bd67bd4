import { classifyAll } from '../../shared/findings';
import { err, ok } from '../../shared/result';
import type { ProbeRequest } from '../../shared/types';
import { createProbeService, type ProbeService } from '../probe/probe-service';
import type { Handlers } from '../ipc';
import type { HandlerDeps } from './deps';
import type { RunSecrets } from './run-secrets';

export function createProbe(deps: HandlerDeps): ProbeService {
  return createProbeService({ classify: classifyAll, ...deps.probe, onEvent: deps.emitProbeEvent });
}

/** Starts a run and keeps its password (main memory only) for a later "remember". */
export function startRun(probe: ProbeService, secrets: RunSecrets, request: ProbeRequest) {
  const started = probe.start(request);
  if (started.ok && request.auth.method === 'password') secrets.put(started.value, request.auth.password);
  return started;
}

export function probeHandlers(probe: ProbeService, secrets: RunSecrets): Pick<Handlers, 'probe:start' | 'probe:cancel'> {
  return {
    'probe:start': (request) => {
      const started = startRun(probe, secrets, request);
      return started.ok ? ok({ runId: started.value }) : started;
    },
    'probe:cancel': ({ runId }) => (probe.result(runId) ? ok({ cancelled: probe.cancel(runId) }) : err('NOT_FOUND', 'no such test run')),
  };
}
