import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutlookSetup } from '../../../electron/export/outlook-setup-check';
import { outlookCheckWords } from '../../../shared/export/outlook-check';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';
import { startAutodiscoverServer, type AutodiscoverServer } from '../../fixtures/export/autodiscover-server';

let dns: LocalDns;
let service: AutodiscoverServer;
beforeAll(async () => {
  dns = await startLocalDns({
    'autodiscover.contoso.example': { CNAME: 'autodiscover.outlook.com' },
    'autodiscover.oldserver.example': { CNAME: 'mail.oldserver.example' },
    'autodiscover.broken.example': 'servfail',
  });
  service = await startAutodiscoverServer(['sam@contoso.example', 'ann@bare.example', 'pat@oldserver.example', 'dave@outlook.com']);
});
afterAll(async () => {
  await dns.close();
  await service.close();
});

const deps = () => ({ dns: dns.resolver(), autodiscoverBase: service.base, ca: [service.caPem], isOnline: () => true, timeoutMs: 2000 });

describe("Outlook's own set-up, checked from this computer", () => {
  it('found: the domain points to Microsoft and the service knows the address', async () => {
    const check = await checkOutlookSetup('sam@contoso.example', deps());
    expect(check).toMatchObject({ status: 'found', dns: { status: 'microsoft', target: 'autodiscover.outlook.com' }, service: { status: 'found', httpStatus: 200 } });
    expect(service.requests).toContain('/autodiscover/autodiscover.json/v1.0/sam%40contoso.example?Protocol=AutodiscoverV1');
    expect(dns.queries).toContain('CNAME autodiscover.contoso.example');
    expect(outlookCheckWords(check)).toEqual(['Outlook will find your mailbox: Microsoft’s set-up service knows sam@contoso.example.']);
  });

  it('found, but the domain has no autodiscover record: says which record IT should add', async () => {
    const check = await checkOutlookSetup('ann@bare.example', deps());
    expect(check).toMatchObject({ status: 'found', dns: { status: 'none' } });
    expect(outlookCheckWords(check)[1]).toContain('autodiscover.bare.example pointing to autodiscover.outlook.com');
  });

  it('found, with the record pointing elsewhere (an old server)', async () => {
    const check = await checkOutlookSetup('pat@oldserver.example', deps());
    expect(check.dns).toEqual({ status: 'other', target: 'mail.oldserver.example' });
    expect(outlookCheckWords(check)[1]).toContain('points to mail.oldserver.example');
  });

  it('not found: the service redirects for an address it does not know', async () => {
    const check = await checkOutlookSetup('typo@contoso.example', deps());
    expect(check).toMatchObject({ status: 'not-found', service: { status: 'unknown-address', httpStatus: 302 } });
    expect(outlookCheckWords(check)[0]).toMatch(/does not know typo@contoso\.example/);
  });

  it('follows a redirect to another cloud’s service (GCC High), but not one back to the same service', async () => {
    const gcc = await startAutodiscoverServer(['officer@agency.example']);
    const worldwide = await startAutodiscoverServer([], { otherCloud: { 'officer@agency.example': gcc.base } });
    try {
      const check = await checkOutlookSetup('officer@agency.example', { ...deps(), autodiscoverBase: worldwide.base });
      expect(check).toMatchObject({ status: 'found', service: { status: 'found', httpStatus: 200 } });
      expect(gcc.requests).toEqual(['/autodiscover/autodiscover.json/v1.0/officer%40agency.example?Protocol=AutodiscoverV1']);
      expect((await checkOutlookSetup('nobody@agency.example', { ...deps(), autodiscoverBase: worldwide.base })).status).toBe('not-found');
    } finally {
      await gcc.close();
      await worldwide.close();
    }
  });

  it('Outlook.com addresses skip the DNS record (the domain is Microsoft’s)', async () => {
    const check = await checkOutlookSetup('dave@outlook.com', deps());
    expect(check).toMatchObject({ status: 'found', dns: { status: 'skipped' } });
    expect(dns.queries).not.toContain('CNAME autodiscover.outlook.com');
  });

  it('offline: asks nothing and says so', async () => {
    const before = service.requests.length;
    const check = await checkOutlookSetup('sam@contoso.example', { ...deps(), isOnline: () => false });
    expect(check.status).toBe('offline');
    expect(service.requests.length).toBe(before);
    expect(outlookCheckWords(check)[0]).toMatch(/offline/);
  });

  it('could not check: refused connection, an untrusted certificate, a server error, a failing DNS server', async () => {
    const refused = await checkOutlookSetup('sam@contoso.example', { ...deps(), autodiscoverBase: 'https://127.0.0.1:9/autodiscover/autodiscover.json/v1.0/' });
    expect(refused).toMatchObject({ status: 'could-not-check', service: { status: 'failed', error: 'ECONNREFUSED' } });
    expect(outlookCheckWords(refused)[0]).toContain('ECONNREFUSED');

    const untrusted = await checkOutlookSetup('sam@contoso.example', { ...deps(), ca: [] });
    expect(untrusted).toMatchObject({ status: 'could-not-check', service: { status: 'failed' } });

    const busy = await startAutodiscoverServer([], { status: 503 });
    try {
      expect(await checkOutlookSetup('sam@contoso.example', { ...deps(), autodiscoverBase: busy.base })).toMatchObject({ status: 'could-not-check', service: { httpStatus: 503 } });
    } finally {
      await busy.close();
    }
    expect((await checkOutlookSetup('x@broken.example', deps())).dns).toMatchObject({ status: 'failed' });
  });
});
