import { Resolver } from 'node:dns/promises';
import type { DomainCheck, LookupStatus, MxHost } from '../../shared/discovery';
import { autodiscoverCheck, dmarcCheck, domainNotes, domainProvider, mxCheck, spfCheck } from './domain-records';

/** The record lookups the domain checks need; node:dns/promises Resolver has exactly these. */
export interface DnsLookups {
  resolveMx(name: string): Promise<MxHost[]>;
  resolveTxt(name: string): Promise<string[][]>;
  resolveCname(name: string): Promise<string[]>;
  /** Stops outstanding queries (Resolver.cancel), for AbortSignal. */
  cancel?(): void;
}

/** One try per server, short timeouts: Mailspring notes the default wait is "annoyingly long - 30s". */
export function systemDnsLookups(): DnsLookups {
  return new Resolver({ timeout: 1500, tries: 2 });
}

/** A domain is this simple shape; anything else is refused before a query goes out. */
const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

export function isDomainName(value: string): boolean {
  return DOMAIN_RE.test(value.trim().replace(/\.$/, ''));
}

/** "No such record" answers; everything else means the lookup itself did not work. */
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND']);

type Lookup<T> = { status: LookupStatus; value: T; error?: string };

async function attempt<T>(query: () => Promise<T>, empty: T): Promise<Lookup<T>> {
  try {
    return { status: 'found', value: await query() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
    return NO_RECORD.has(code) ? { status: 'none', value: empty } : { status: 'failed', value: empty, error: code };
  }
}

/**
 * MX (is the domain on Microsoft 365, and which protection host takes relay / Direct
 * Send), SPF (may Microsoft send for it), autodiscover (does Outlook find it) and DMARC
 * (how strictly forged mail is refused), all four at once.
 */
export async function checkDomain(domainInput: string, dns: DnsLookups, signal?: AbortSignal): Promise<DomainCheck> {
  const domain = domainInput.trim().toLowerCase().replace(/\.$/, '');
  const t0 = performance.now();
  const onAbort = () => dns.cancel?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const [mx, txt, cname, dmarcTxt] = await Promise.all([
      attempt(() => dns.resolveMx(domain), [] as MxHost[]),
      attempt(() => dns.resolveTxt(domain), [] as string[][]),
      attempt(() => dns.resolveCname(`autodiscover.${domain}`), [] as string[]),
      attempt(() => dns.resolveTxt(`_dmarc.${domain}`), [] as string[][]),
    ]);
    const checks = {
      mx: withStatus(mxCheck(mx.value), mx),
      spf: withStatus(spfCheck(txt.value), txt),
      autodiscover: withStatus(autodiscoverCheck(cname.value), cname),
      dmarc: withStatus(dmarcCheck(dmarcTxt.value), dmarcTxt),
    };
    return {
      domain,
      provider: domainProvider(domain, checks),
      ...checks,
      notes: domainNotes(domain, checks),
      durationMs: Math.round(performance.now() - t0),
    };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A failed lookup keeps its error code; an empty answer stays "none". */
function withStatus<T extends { status: LookupStatus }>(check: T, lookup: Lookup<unknown>): T {
  return lookup.status === 'failed' ? { ...check, status: 'failed', ...(lookup.error ? { error: lookup.error } : {}) } : check;
}
