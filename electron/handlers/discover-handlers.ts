import { createDiscoverService, type DiscoverService } from '../discover/discover-service';
import type { ProbeDeps } from '../probe';
import type { Handlers } from '../ipc';
import type { HandlerDeps } from './deps';

/** `probe` already carries the classifier (createHandlers wires it once). */
export function discoverHandlers(deps: HandlerDeps, probe: ProbeDeps): Pick<Handlers, 'discover:check-domain' | 'discover:run'> {
  const service: DiscoverService = createDiscoverService({ ...deps.discover, probeDeps: { ...probe, ...deps.discover?.probeDeps } });
  // One discover at a time per window: starting another (or leaving the screen) stops the last.
  let running: AbortController | null = null;
  return {
    'discover:check-domain': ({ domain }) => service.checkDomain(domain),
    'discover:run': async ({ input, options }) => {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        return await service.discover(input, options, controller.signal);
      } finally {
        if (running === controller) running = null;
      }
    },
  };
}
