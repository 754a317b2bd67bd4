import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDomain } from '../../../electron/discover/domain-checks';
import { createDiscoverService } from '../../../electron/discover/discover-service';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';

let dns: LocalDns;

beforeAll(async () => {
  dns = await startLocalDns({
    'contoso.com': {
      // Preferences chosen so that a boolean comparator (Thunderbird's) would mis-sort them.
      MX: [
        { exchange: 'backup.mx.contoso.com', priority: 20 },
        { exchange: 'contoso-com.mail.protection.outlook.com', priority: 5 },
        { exchange: 'archive.mx.contoso.com', priority: 100 },
      ],
      TXT: [['MS=ms12345678'], ['v=spf1 include:spf.protection.outlook.com', ' -all']],
    },
    'autodiscover.contoso.com': { CNAME: 'autodiscover.outlook.com' },
    '_dmarc.contoso.com': { TXT: [['v=DMARC1; p=reject; rua=mailto:dmarc@contoso.com']] },
    'fabrikam.org': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }], TXT: [['v=spf1 include:_spf.google.com ~all']] },
    'broken.example': 'servfail',
    'hotmail.com': { MX: [{ exchange: 'hotmail-com.olc.protection.outlook.com', priority: 2 }] },
  });
});

afterAll(async () => {
  await dns.close();
});

describe('checkDomain against a local DNS server', () => {
  it('recognises a Microsoft 365 domain and names its relay host', async () => {
    const check = await checkDomain('Contoso.com', dns.resolver());
    expect(check.domain).toBe('contoso.com');
    expect(check.provider).toBe('microsoft365');
    expect(check.mx.hosts.map((h) => h.priority)).toEqual([5, 20, 100]);
    expect(check.mx).toMatchObject({ status: 'found', microsoft365: true, protectionHost: 'contoso-com.mail.protection.outlook.com' });
    expect(check.spf).toMatchObject({ status: 'found', includesMicrosoft: true, record: 'v=spf1 include:spf.protection.outlook.com -all' });
    expect(check.autodiscover).toMatchObject({ status: 'found', target: 'autodiscover.outlook.com', microsoft: true });
    expect(check.dmarc).toMatchObject({ status: 'found', policy: 'reject' });
    expect(check.notes.map((n) => n.key)).toEqual([
      'discover.domain.mx.microsoft365',
      'discover.domain.spf.microsoft',
      'discover.domain.autodiscover.microsoft',
      'discover.domain.dmarc.strict',
    ]);
    expect(dns.queries).toEqual(expect.arrayContaining(['MX contoso.com', 'TXT contoso.com', 'CNAME autodiscover.contoso.com', 'TXT _dmarc.contoso.com']));
  });

  it('says a domain elsewhere is not on Microsoft 365, and that records are missing', async () => {
    const check = await checkDomain('fabrikam.org', dns.resolver());
    expect(check.provider).toBe('other');
    expect(check.mx).toMatchObject({ microsoft365: false, protectionHost: null });
    expect(check.spf.includesMicrosoft).toBe(false);
    expect(check.autodiscover.status).toBe('none');
    expect(check.dmarc.status).toBe('none');
    expect(check.notes.map((n) => n.key)).toEqual([
      'discover.domain.mx.other',
      'discover.domain.spf.other',
      'discover.domain.autodiscover.none',
      'discover.domain.dmarc.none',
    ]);
  });

  it('reports a failing name server as failed, with its code, not as "no record"', async () => {
    const check = await checkDomain('broken.example', dns.resolver());
    expect(check.mx).toMatchObject({ status: 'failed', error: 'ESERVFAIL' });
    expect(check.spf.status).toBe('failed');
    expect(check.provider).toBe('unknown');
    expect(check.notes[0]).toEqual({ key: 'discover.domain.mx.failed', params: { domain: 'broken.example', code: 'ESERVFAIL' } });
  });

  it('treats a name that does not exist as having no records', async () => {
    const check = await checkDomain('nothing-here.example', dns.resolver());
    expect(check.mx.status).toBe('none');
    expect(check.notes[0]?.key).toBe('discover.domain.mx.none');
  });

  it('recognises Outlook.com', async () => {
    expect((await checkDomain('hotmail.com', dns.resolver())).provider).toBe('outlook-com');
  });
});

describe('discover service: checkDomain', () => {
  const service = () => createDiscoverService({ createDns: () => dns.resolver() });

  it('accepts an address and returns plain JSON-safe data', async () => {
    const result = await service().checkDomain('anna@contoso.com');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.domain).toBe('contoso.com');
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it('refuses what is not a domain, as data', async () => {
    expect(await service().checkDomain('not a domain')).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '"not a domain" is not a domain name', field: 'domain' },
    });
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await service().checkDomain('contoso.com', controller.signal);
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});
