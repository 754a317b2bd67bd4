import { describe, expect, it } from 'vitest';
import { createNetworkStatus, isPrivateAddress, judgeNetwork } from '../../../electron/discover/network-status';
import type { NetworkStatus } from '../../../shared/discovery';

const lookup = (partial: Partial<NetworkStatus['lookup']>): NetworkStatus['lookup'] => ({
  host: 'smtp.office365.com',
  outcome: 'resolved',
  addresses: ['52.96.0.1'],
  durationMs: 5,
  ...partial,
});

describe('judgeNetwork', () => {
  it('is offline with no interface up', () => {
    expect(judgeNetwork({ host: 'smtp.office365.com', interfacesUp: false, lookup: lookup({ outcome: 'failed', addresses: [], code: 'ENOTFOUND' }) }).state).toBe('offline');
  });

  it('is online for a loopback target even without interfaces', () => {
    expect(judgeNetwork({ host: 'smtp.office365.com', interfacesUp: false, lookup: lookup({ addresses: ['127.0.0.1'] }) }).state).toBe('online');
  });

  it('calls a lookup that times out or SERVFAILs a DNS failure, not offline', () => {
    expect(judgeNetwork({ host: 'smtp.office365.com', interfacesUp: true, lookup: lookup({ outcome: 'timeout', addresses: [] }) }).state).toBe('dns-failure');
    expect(judgeNetwork({ host: 'mail.example.org', interfacesUp: true, lookup: lookup({ outcome: 'failed', addresses: [], code: 'ESERVFAIL' }) }).state).toBe(
      'dns-failure',
    );
  });

  it('blames DNS when a Microsoft name "does not exist", but not for a custom host', () => {
    const notFound = lookup({ outcome: 'failed', addresses: [], code: 'ENOTFOUND' });
    expect(judgeNetwork({ host: 'smtp.office365.com', interfacesUp: true, lookup: notFound }).state).toBe('dns-failure');
    expect(judgeNetwork({ host: 'smtp.typo.example', interfacesUp: true, lookup: { ...notFound, host: 'smtp.typo.example' } }).state).toBe('online');
  });

  it('suspects a captive portal when a Microsoft name resolves to a private address', () => {
    const status = judgeNetwork({ host: 'smtp.office365.com', interfacesUp: true, lookup: lookup({ addresses: ['10.0.0.1'] }) });
    expect(status.state).toBe('captive-portal');
    expect(status.detail).toContain('10.0.0.1');
    // An internal relay on a private address is normal.
    expect(judgeNetwork({ host: 'relay.corp.example', interfacesUp: true, lookup: lookup({ host: 'relay.corp.example', addresses: ['10.0.0.1'] }) }).state).toBe(
      'online',
    );
  });

  it('knows the private ranges', () => {
    for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.1', '192.168.1.1', '100.64.0.1', '169.254.1.1', 'fd00::1', 'fe80::1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['172.32.0.1', '52.96.0.1', '8.8.8.8', '2603:1036::1', '100.128.0.1']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('createNetworkStatus', () => {
  it('says offline at once with no interface, even when the resolver hangs', async () => {
    const check = createNetworkStatus({ resolver: () => new Promise(() => {}), interfacesUp: () => false });
    const t0 = performance.now();
    const status = await check('smtp.office365.com');
    expect(status.state).toBe('offline');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('gives up on a silent resolver after its timeout and calls it a DNS failure', async () => {
    const check = createNetworkStatus({ resolver: () => new Promise(() => {}), interfacesUp: () => true, timeoutMs: 200 });
    const status = await check('smtp.office365.com');
    expect(status).toMatchObject({ state: 'dns-failure', interfacesUp: true, lookup: { outcome: 'timeout' } });
  });

  it('skips the lookup for an IP address', async () => {
    let asked = false;
    const check = createNetworkStatus({ resolver: async () => ((asked = true), ['192.0.2.1']), interfacesUp: () => true });
    const status = await check('192.0.2.25');
    expect(status).toMatchObject({ state: 'online', lookup: { outcome: 'skipped', addresses: ['192.0.2.25'] } });
    expect(asked).toBe(false);
  });
});
