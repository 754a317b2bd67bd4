/**
 * The wizard's first screen asks main about an address: the domain's records first, and
 * only when they say nothing of Microsoft, Microsoft's Autodiscover service for the address
 * (as Outlook's own "add account" does). A real DNS server and a real https service on
 * 127.0.0.1 play the internet, through the real IPC registry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry } from '../../../electron/ipc';
import { startAutodiscoverServer, type AutodiscoverServer } from '../../fixtures/export/autodiscover-server';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';

let dns: LocalDns;
let service: AutodiscoverServer;
beforeAll(async () => {
  dns = await startLocalDns({
    'contoso.example': { MX: [{ exchange: 'contoso-example.mail.protection.outlook.com', priority: 0 }] },
    // Mail filtered by another service, no SPF include, no autodiscover record: only the service can tell.
    'filtered.example': { MX: [{ exchange: 'mx1.filter-service.example', priority: 10 }] },
    'elsewhere.example': { MX: [{ exchange: 'mail.elsewhere.example', priority: 10 }] },
  });
  service = await startAutodiscoverServer(['ann@filtered.example']);
});
afterAll(async () => {
  await dns.close();
  await service.close();
});

function invoker() {
  const deps = testHandlerDeps({
    discover: { createDns: () => dns.resolver({ timeout: 500, tries: 1 }) },
    outlookCheck: { dns: dns.resolver(), autodiscoverBase: service.base, ca: [service.caPem], timeoutMs: 2000 },
  });
  const registry = createIpcRegistry(createHandlers(deps), { isTrustedSender: () => true, logger: { error: () => undefined } });
  return (domain: string) => registry.invoke('discover:check-domain', { domain }, { url: 'app://index.html', fromMainWindow: true });
}

describe('the kind of account for an address, from main', () => {
  it('records that say Microsoft 365 settle it; the service is not asked', async () => {
    const before = service.requests.length;
    const answer = await invoker()('sam@contoso.example');
    expect(answer).toMatchObject({ ok: true, value: { provider: 'microsoft365', mx: { protectionHost: 'contoso-example.mail.protection.outlook.com' } } });
    expect((answer as { value: { autodiscover: { service?: string } } }).value.autodiscover.service).toBeUndefined();
    expect(service.requests.length).toBe(before);
  });

  it('records that say nothing of Microsoft: the Autodiscover service knowing the address makes it Microsoft 365', async () => {
    const answer = await invoker()('ann@filtered.example');
    expect(answer).toMatchObject({ ok: true, value: { provider: 'microsoft365', autodiscover: { service: 'found' } } });
    expect(service.requests).toContain('/autodiscover/autodiscover.json/v1.0/ann%40filtered.example?Protocol=AutodiscoverV1');
  });

  it('an address the service does not know stays "other", and the page asks the person', async () => {
    const answer = await invoker()('pat@elsewhere.example');
    expect(answer).toMatchObject({ ok: true, value: { provider: 'other', autodiscover: { service: 'unknown-address' } } });
  });

  it('a domain alone (no address) never goes to the service', async () => {
    const before = service.requests.length;
    const answer = await invoker()('elsewhere.example');
    expect(answer).toMatchObject({ ok: true, value: { provider: 'other' } });
    expect(service.requests.length).toBe(before);
  });
});
