import { classifyAll } from '../../shared/findings';
import { createDiscoverService, type DiscoverService } from '../discover/discover-service';
import type { Handlers } from '../ipc';
import type { HandlerDeps } from './deps';

export function discoverHandlers(deps: HandlerDeps): Pick<Handlers, 'discover:check-domain' | 'discover:run'> {
  const service: DiscoverService = createDiscoverService({ ...deps.discover, probeDeps: { classify: classifyAll, ...deps.probe, ...deps.discover?.probeDeps } });
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
