import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { NetworkState, NetworkStatus } from '../../shared/discovery';
import { isMicrosoftHost } from '../../shared/presets';
import { resolveHost, type Resolver } from '../probe/connect';

/** Answers "can this computer reach anything?" for one target host, fast. */
export type NetworkStatusCheck = (host: string, signal?: AbortSignal) => Promise<NetworkStatus>;

export interface NetworkStatusDeps {
  /** Host → addresses, the same resolver the probes use. */
  resolver: Resolver;
  /** A non-loopback interface is up. Default: os.networkInterfaces(). */
  interfacesUp?: () => boolean;
  /** How long the lookup may take before DNS counts as broken. */
  timeoutMs?: number;
}

/** Short enough that "offline" and "DNS broken" are verdicts in under a second. */
export const NETWORK_LOOKUP_TIMEOUT_MS = 700;
/** Without an interface only the hosts file (or a test map) can answer, and it answers at once. */
const NO_INTERFACE_LOOKUP_TIMEOUT_MS = 150;

export function hasNetworkInterface(): boolean {
  return Object.values(networkInterfaces()).some((list) => (list ?? []).some((entry) => !entry.internal));
}

export function createNetworkStatus(deps: NetworkStatusDeps): NetworkStatusCheck {
  return async (host, signal) => {
    const interfacesUp = (deps.interfacesUp ?? hasNetworkInterface)();
    const timeoutMs = interfacesUp ? (deps.timeoutMs ?? NETWORK_LOOKUP_TIMEOUT_MS) : NO_INTERFACE_LOOKUP_TIMEOUT_MS;
    const t0 = performance.now();
    const outcome = await resolveHost(host, deps.resolver, timeoutMs, signal);
    const durationMs = Math.round(performance.now() - t0);
    const lookup: NetworkStatus['lookup'] = outcome.ok
      ? { host, outcome: outcome.literal ? 'skipped' : 'resolved', addresses: outcome.addresses, durationMs }
      : {
          host,
          outcome: outcome.reason === 'timeout' ? 'timeout' : 'failed',
          addresses: [],
          ...(outcome.error?.code ? { code: outcome.error.code } : outcome.reason === 'aborted' ? { code: 'ABORTED' } : {}),
          durationMs,
        };
    return judgeNetwork({ host, interfacesUp, lookup });
  };
}

/** Lookup failures that mean the name service itself is not working. */
const DNS_BROKEN_CODES = new Set(['EAI_AGAIN', 'ETIMEOUT', 'ETIMEDOUT', 'ESERVFAIL', 'ECONNREFUSED', 'EREFUSED', 'ECANCELLED', 'ABORTED']);

/**
 * Tells offline, DNS-only failure and captive portal apart from the evidence at hand.
 * Loopback targets work without a network. Microsoft's names always exist and never
 * point into private ranges, so a "not found" or a private answer for them is the
 * network's doing (a broken resolver, or a hotel-style sign-in page); for other hosts a
 * private address is normal (an internal relay) and "not found" is the name's problem.
 */
export function judgeNetwork(input: { host: string; interfacesUp: boolean; lookup: NetworkStatus['lookup'] }): NetworkStatus {
  const { host, interfacesUp, lookup } = input;
  const make = (state: NetworkState, detail: string): NetworkStatus => ({ state, interfacesUp, lookup, detail });
  const addresses = lookup.addresses;
  if (addresses.length > 0 && addresses.every(isLoopback)) return make('online', `${host} is this computer (${addresses.join(', ')})`);
  if (!interfacesUp) return make('offline', 'no network interface is up');
  const microsoft = isMicrosoftHost(host);
  if (lookup.outcome === 'timeout') return make('dns-failure', `looking up ${host} got no answer within ${lookup.durationMs} ms`);
  if (lookup.outcome === 'failed') {
    const code = lookup.code ?? 'ENOTFOUND';
    if (DNS_BROKEN_CODES.has(code) || microsoft) return make('dns-failure', `looking up ${host} failed (${code})`);
    return make('online', `${host} does not exist in DNS (${code}), but the name service answers`);
  }
  const captive = addresses.filter(isPrivateAddress);
  if (microsoft && lookup.outcome === 'resolved' && captive.length > 0) {
    return make('captive-portal', `${host} resolved to the private address ${captive.join(', ')}`);
  }
  return make('online', `${host} → ${addresses.join(', ')}`);
}

export function isLoopback(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

/** RFC 1918, carrier-grade NAT, link-local, unspecified, and IPv6 unique-local / link-local. */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
  }
  if (isIP(address) === 6) {
    const lower = address.toLowerCase();
    return lower === '::' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
  }
  return false;
}
