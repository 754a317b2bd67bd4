/**
 * Checks from this computer what Outlook's "add account" will find for an address:
 * the CNAME autodiscover.<domain> (→ autodiscover.outlook.com for Microsoft 365) and
 * Microsoft's Autodiscover v2 service, which answers 200 with a JSON Url for an address
 * it knows and redirects otherwise (fact outlook.autodiscover-v2). Plain Node; the
 * resolver, the service URL and extra trusted roots are injected so tests run against
 * a DNS server and an https server on 127.0.0.1.
 */
import { request } from 'node:https';
import { rootCertificates } from 'node:tls';
import { factValue } from '../../shared/export/fact-words';
import type { OutlookSetupCheck } from '../../shared/export/outlook-check';
import { isConsumerMicrosoftDomain } from '../../shared/presets';
import { systemDnsLookups, type DnsLookups } from '../discover/domain-checks';

export interface OutlookCheckDeps {
  dns?: Pick<DnsLookups, 'resolveCname' | 'cancel'>;
  /** Ends in "/v1.0/"; the address and ?Protocol=AutodiscoverV1 are appended. */
  autodiscoverBase?: string;
  /** Extra trusted roots (PEM), on top of Node's. */
  ca?: string[];
  isOnline?: () => boolean | Promise<boolean>;
  timeoutMs?: number;
}

const MICROSOFT_TARGETS = ['autodiscover.outlook.com', 'autodiscover-s.outlook.com'];
const MAX_BODY = 64 * 1024;
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND']);

type ServiceAnswer = OutlookSetupCheck['service'];

// Microsoft's service sends an address of another cloud (GCC High, 21Vianet) on to that cloud's
// service (CSS-Exchange: "AutoDiscover v2 automatically redirect[s] calls to the right cloud"):
// such a redirect to another https origin is followed; one back to the same service means
// "not known here".
const MAX_CLOUD_HOPS = 2;

function askService(url: URL, deps: OutlookCheckDeps, hops = 0): Promise<ServiceAnswer> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/json', 'user-agent': 'MailSetupAssistant' },
        ca: [...rootCertificates, ...(deps.ca ?? [])],
        timeout: deps.timeoutMs ?? 5000,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // A redirect is how the service says it does not know the address (it never follows one here).
        if (status >= 300 && status < 400) {
          res.resume();
          const next = URL.canParse(res.headers.location ?? '', url.href) ? new URL(res.headers.location ?? '', url.href) : null;
          if (next && next.protocol === 'https:' && next.origin !== url.origin && hops < MAX_CLOUD_HOPS) return void askService(next, deps, hops + 1).then(resolve);
          return resolve({ status: 'unknown-address', httpStatus: status });
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          if (body.length > MAX_BODY) req.destroy(Object.assign(new Error('answer too long'), { code: 'EBIGANSWER' }));
        });
        res.on('end', () => {
          if (status !== 200) return resolve({ status: 'failed', httpStatus: status, error: `HTTP ${status}` });
          try {
            const json = JSON.parse(body) as { Url?: unknown };
            if (typeof json.Url === 'string' && /^https:\/\//i.test(json.Url)) return resolve({ status: 'found', httpStatus: 200, url: json.Url });
          } catch {
            // falls through: a 200 that is not the service's JSON
          }
          resolve({ status: 'failed', httpStatus: 200, error: 'unexpected answer' });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 'failed', error: error.code ?? error.message }));
    req.end();
  });
}

async function lookupCname(domain: string, dns: Pick<DnsLookups, 'resolveCname'>): Promise<OutlookSetupCheck['dns']> {
  try {
    const [first] = await dns.resolveCname(`autodiscover.${domain}`);
    const target = first ? first.toLowerCase().replace(/\.$/, '') : null;
    if (!target) return { status: 'none', target: null };
    return { status: MICROSOFT_TARGETS.includes(target) ? 'microsoft' : 'other', target };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
    return NO_RECORD.has(code) ? { status: 'none', target: null } : { status: 'failed', target: null, error: code };
  }
}

export async function checkOutlookSetup(address: string, deps: OutlookCheckDeps = {}): Promise<OutlookSetupCheck> {
  const t0 = performance.now();
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const done = (rest: Pick<OutlookSetupCheck, 'status' | 'dns' | 'service'>): OutlookSetupCheck => ({ address, domain, ...rest, durationMs: Math.round(performance.now() - t0) });
  if (deps.isOnline && !(await deps.isOnline())) return done({ status: 'offline', dns: { status: 'skipped', target: null }, service: { status: 'not-asked' } });

  const base = deps.autodiscoverBase ?? factValue('outlook.autodiscover-v2');
  const url = new URL(`${base}${encodeURIComponent(address)}?Protocol=AutodiscoverV1`);
  const dns = deps.dns ?? systemDnsLookups();
  const [record, service] = await Promise.all([
    // Outlook.com's consumer domains are Microsoft's own; their DNS says nothing about one mailbox.
    isConsumerMicrosoftDomain(domain) ? Promise.resolve<OutlookSetupCheck['dns']>({ status: 'skipped', target: null }) : lookupCname(domain, dns),
    askService(url, deps),
  ]);
  const status = service.status === 'found' ? 'found' : service.status === 'unknown-address' ? 'not-found' : 'could-not-check';
  return done({ status, dns: record, service });
}
