import type { Resolver } from '../probe/connect';

/** The address lookups of a node:dns/promises Resolver. */
export interface AddressLookups {
  resolve4(name: string): Promise<string[]>;
  resolve6(name: string): Promise<string[]>;
}

/**
 * A host resolver that asks DNS servers directly (a node:dns Resolver pointed at chosen
 * servers) instead of the OS, so a broken or slow name server shows as such. Fails with
 * the IPv4 lookup's error when neither family has an address.
 */
export function dnsHostResolver(dns: AddressLookups): Resolver {
  return async (host) => {
    const [v4, v6] = await Promise.allSettled([dns.resolve4(host), dns.resolve6(host)]);
    const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
    if (addresses.length > 0) return addresses;
    throw v4.status === 'rejected' ? v4.reason : Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
  };
}

/** `--resolve NAME:ADDRESS` overrides (curl-style) in front of another resolver. */
export function overrideResolver(overrides: ReadonlyMap<string, string>, fallback: Resolver): Resolver {
  return async (host) => {
    const mapped = overrides.get(host.toLowerCase());
    return mapped ? [mapped] : fallback(host);
  };
}
