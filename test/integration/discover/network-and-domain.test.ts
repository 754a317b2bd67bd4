import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../../electron/discover/discover';
import { createDiscoverService } from '../../../electron/discover/discover-service';
import { dnsHostResolver } from '../../../electron/discover/dns-host-resolver';
import { createNetworkStatus } from '../../../electron/discover/network-status';
import type { DiscoverResult } from '../../../shared/discovery';
import { startLabPorts, type LabPorts } from './lab-ports';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';

let dns: LocalDns;
let lab: LabPorts | null = null;

beforeAll(async () => {
  dns = await startLocalDns({
    // The probes resolve through this server too: Microsoft's names point at the lab.
    'smtp.office365.com': { A: ['127.0.0.1'] },
    'smtp-mail.outlook.com': { A: ['127.0.0.1'] },
    'contoso.com': {
      MX: [{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }],
      TXT: [['v=spf1 include:spf.protection.outlook.com -all']],
    },
    'autodiscover.contoso.com': { CNAME: 'autodiscover.outlook.com' },
    'outlook.com': { MX: [{ exchange: 'outlook-com.olc.protection.outlook.com', priority: 5 }] },
  });
});
afterAll(async () => {
  await dns.close();
});
afterEach(async () => {
  await lab?.close();
  lab = null;
});

/** A network whose only name server is a local one with the given zone. */
async function networkWith(zone: Parameters<typeof startLocalDns>[0], interfacesUp = true, dnsTimeoutMs = 500) {
  const server = await startLocalDns(zone);
  const lookups = server.resolver({ timeout: dnsTimeoutMs });
  const resolver = dnsHostResolver(lookups);
  const close = async () => {
    lookups.cancel(); // a query the network check gave up on must not outlive the test
    await server.close();
  };
  return { server: { ...server, close }, resolver, networkStatus: createNetworkStatus({ resolver, interfacesUp: () => interfacesUp }) };
}

function value(result: Awaited<ReturnType<typeof discover>>): DiscoverResult {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('no network, broken DNS, captive portal', () => {
  it('says offline in under a second, without probing', async () => {
    const net = await networkWith({ 'smtp.office365.com': 'silent' }, false);
    try {
      const t0 = performance.now();
      const result = value(await discover('anna@contoso.com', { probeDeps: { resolver: net.resolver }, networkStatus: net.networkStatus }));
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(result.network).toMatchObject({ state: 'offline', interfacesUp: false });
      expect(result.findings).toEqual(['network.offline']);
      expect(result.ports.map((r) => r.reachability)).toEqual(['offline', 'offline', 'offline']);
      expect(result.probes).toEqual([]);
      expect(result.domain).toBeNull();
      expect(result.recommendation).toMatchObject({ found: false, reasons: [{ key: 'discover.reason.offline' }] });
    } finally {
      await net.server.close();
    }
  });

  it('tells a failing name server (SERVFAIL) from offline, quickly', async () => {
    const net = await networkWith({ 'smtp.office365.com': 'servfail' });
    try {
      const t0 = performance.now();
      const result = value(await discover('smtp.office365.com', { probeDeps: { resolver: net.resolver }, networkStatus: net.networkStatus }));
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(result.network).toMatchObject({ state: 'dns-failure', interfacesUp: true, lookup: { outcome: 'failed', code: 'ESERVFAIL' } });
      expect(result.findings).toEqual(['network.dns-failure']);
      expect(result.ports.every((r) => r.reachability === 'unresolved')).toBe(true);
      expect(net.server.queries).toContain('A smtp.office365.com');
    } finally {
      await net.server.close();
    }
  });

  it('tells a silent name server from offline within the lookup deadline', async () => {
    // The resolver itself would wait 10 s; the network check's own deadline must answer first.
    const net = await networkWith({ 'smtp.office365.com': 'silent' }, true, 10_000);
    try {
      const t0 = performance.now();
      const result = value(await discover('smtp.office365.com', { probeDeps: { resolver: net.resolver }, networkStatus: net.networkStatus }));
      expect(performance.now() - t0).toBeLessThan(1500);
      expect(result.network).toMatchObject({ state: 'dns-failure', lookup: { outcome: 'timeout' } });
      expect(result.recommendation.reasons).toEqual([{ key: 'discover.reason.dns-failure' }]);
    } finally {
      await net.server.close();
    }
  });

  it('suspects a captive portal when Microsoft’s name leads to a private address, and connects nowhere', async () => {
    const net = await networkWith({ 'smtp.office365.com': { A: ['10.0.0.1'] } });
    try {
      const result = value(await discover('smtp.office365.com', { probeDeps: { resolver: net.resolver }, networkStatus: net.networkStatus }));
      expect(result.network).toMatchObject({ state: 'captive-portal', lookup: { addresses: ['10.0.0.1'] } });
      expect(result.probes).toEqual([]);
      expect(result.ports.every((r) => r.reachability === 'not-tried')).toBe(true);
      expect(result.recommendation.reasons).toEqual([{ key: 'discover.reason.captive-portal' }]);
    } finally {
      await net.server.close();
    }
  });
});

describe('an address: host from the domain, DNS checks alongside the ports', () => {
  it('picks smtp.office365.com for a Microsoft 365 domain and reports the relay host', async () => {
    lab = await startLabPorts({ 587: 'healthy', 25: 'healthy', 465: 'connection-refused' });
    const resolver = dnsHostResolver(dns.resolver());
    const result = value(await discover('anna@contoso.com', lab.deps({ probeDeps: { resolver }, createDns: () => dns.resolver() }), { timeouts: { connect: 1000 } }));
    expect(result.target).toMatchObject({
      address: 'anna@contoso.com',
      domain: 'contoso.com',
      host: 'smtp.office365.com',
      hostSource: 'microsoft365-mx',
      presetId: 'microsoft365',
      relayHost: 'contoso-com.mail.protection.outlook.com',
    });
    expect(result.domain).toMatchObject({ provider: 'microsoft365', spf: { includesMicrosoft: true }, autodiscover: { microsoft: true }, dmarc: { status: 'none' } });
    expect(result.recommendation).toMatchObject({ found: true, port: 587, host: 'smtp.office365.com' });
    expect(result.ports.find((r) => r.port === 465)).toMatchObject({ expected: true, findings: ['tls.port-465-unsupported'] });
    expect(result.findings).toEqual([]);
  });

  it('picks smtp-mail.outlook.com for an Outlook.com address', async () => {
    lab = await startLabPorts({ 587: 'healthy', 25: 'connection-refused', 465: 'connection-refused' });
    const resolver = dnsHostResolver(dns.resolver());
    const result = value(await discover('joe@outlook.com', lab.deps({ probeDeps: { resolver }, createDns: () => dns.resolver() })));
    expect(result.target).toMatchObject({ host: 'smtp-mail.outlook.com', hostSource: 'consumer-domain', presetId: 'outlook-com' });
    expect(result.domain?.provider).toBe('outlook-com');
    expect(result.recommendation).toMatchObject({ found: true, port: 587, presetId: 'outlook-com' });
    expect(result.ports.find((r) => r.port === 587)?.tls).toBe('verified');
  });
});

describe('discover service', () => {
  it('returns bad input as data, never throws', async () => {
    const service = createDiscoverService({});
    expect(await service.discover('not an address!')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'input' } });
  });

  it('returns a plain JSON-safe result', async () => {
    lab = await startLabPorts({ 587: 'healthy' });
    const service = createDiscoverService(lab.deps());
    const result = await service.discover('smtp.office365.com', { ports: [{ port: 587, security: 'starttls' }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
    expect(result.value.recommendation.port).toBe(587);
  });
});
