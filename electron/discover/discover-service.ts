import type { DiscoverOptions, DiscoverResult, DomainCheck } from '../../shared/discovery';
import { err, ok, type Result } from '../../shared/result';
import { discover, type DiscoverDeps } from './discover';
import { checkDomain, isDomainName, systemDnsLookups } from './domain-checks';

export interface DiscoverService {
  /** MX / SPF / autodiscover / DMARC for a domain (or the domain of an address). */
  checkDomain(domainOrAddress: string, signal?: AbortSignal): Promise<Result<DomainCheck>>;
  /** The port matrix, recommendation, domain checks and clock for an address or a host. */
  discover(addressOrHost: string, options?: DiscoverOptions, signal?: AbortSignal): Promise<Result<DiscoverResult>>;
}

/**
 * The IPC-ready face of discover: plain JSON-safe results, errors as data (never a
 * thrown Error, which Electron would reduce to its message), cancellation by AbortSignal.
 * A cancelled discover still returns what it found, marked `cancelled: true`.
 */
export function createDiscoverService(deps: DiscoverDeps = {}): DiscoverService {
  return {
    async checkDomain(domainOrAddress, signal) {
      const domain = (domainOrAddress.includes('@') ? domainOrAddress.split('@').pop() : domainOrAddress)?.trim().toLowerCase() ?? '';
      if (!isDomainName(domain)) return err('INVALID_INPUT', `"${domainOrAddress}" is not a domain name`, 'domain');
      if (signal?.aborted) return err('CANCELLED', 'cancelled before it started');
      try {
        const result = await checkDomain(domain, (deps.createDns ?? systemDnsLookups)(), signal);
        return signal?.aborted ? err('CANCELLED', 'cancelled') : ok(result);
      } catch (error) {
        return err('INTERNAL', error instanceof Error ? error.message : String(error));
      }
    },
    async discover(addressOrHost, options = {}, signal) {
      try {
        return await discover(addressOrHost, deps, options, signal);
      } catch (error) {
        return err('INTERNAL', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
