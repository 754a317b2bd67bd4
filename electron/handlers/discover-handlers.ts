import { withAutodiscoverService } from '../discover/autodiscover-service-kind';
import { createDiscoverService, type DiscoverService } from '../discover/discover-service';
import { checkOutlookSetup } from '../export/outlook-setup-check';
import type { ProbeDeps } from '../probe';
import type { Handlers } from '../ipc';
import type { HandlerDeps } from './deps';

/** `probe` already carries the classifier (createHandlers wires it once). */
export function discoverHandlers(deps: HandlerDeps, probe: ProbeDeps): Pick<Handlers, 'discover:check-domain' | 'discover:run'> {
  const service: DiscoverService = createDiscoverService({ ...deps.discover, probeDeps: { ...probe, ...deps.discover?.probeDeps } });
  // One discover at a time per window: starting another (or leaving the screen) stops the last.
  let running: AbortController | null = null;
  return {
    // Given an address (the wizard's first screen), Microsoft's Autodiscover service settles what the records leave open.
    'discover:check-domain': async ({ domain }) =>
      withAutodiscoverService(domain, await service.checkDomain(domain), async (address) => {
        const { service: answer } = await checkOutlookSetup(address, { isOnline: deps.isOnline, ...deps.outlookCheck });
        return answer.status === 'found' || answer.status === 'unknown-address' ? answer.status : 'failed';
      }),
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
