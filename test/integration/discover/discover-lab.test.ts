import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../../electron/discover/discover';
import type { DiscoverResult, PortProbe } from '../../../shared/discovery';
import { startLabPorts, type LabPorts } from './lab-ports';

// A blocked port must become a verdict quickly; the default (4 s) would only slow the suite.
const FAST = { connect: 1000, greeting: 1500 };

let lab: LabPorts | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

async function run(input: string, l: LabPorts, options = {}, extra = {}): Promise<DiscoverResult> {
  const result = await discover(input, l.deps(extra), { timeouts: FAST, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byPort = (result: DiscoverResult, port: number): PortProbe => {
  const row = result.ports.find((r) => r.port === port);
  if (!row) throw new Error(`no row for ${port}`);
  return row;
};

describe('discover against the lab (Microsoft host)', () => {
  it('builds the matrix: 587 works, 25 refused, 465 silent is expected at Microsoft', async () => {
    lab = await startLabPorts({ 587: 'healthy', 25: 'connection-refused', 465: 'port-blocked' });
    const result = await run('smtp.office365.com', lab);

    expect(result.network.state).toBe('online');
    expect(result.target).toMatchObject({ host: 'smtp.office365.com', hostSource: 'given', presetId: 'microsoft365', microsoft: true });
    expect(result.ports.map((r) => `${r.port}/${r.security}`)).toEqual(['587/starttls', '25/starttls', '465/tls']);

    expect(byPort(result, 587)).toMatchObject({
      reachability: 'reachable',
      tls: 'verified',
      tlsProtocol: expect.stringMatching(/^TLSv1\.[23]$/),
      authMechanisms: ['LOGIN', 'XOAUTH2'],
      usable: true,
      findings: [],
    });
    expect(byPort(result, 25)).toMatchObject({ reachability: 'refused', usable: false, findings: ['network.connection-refused'] });
    expect(byPort(result, 465)).toMatchObject({ reachability: 'blocked', usable: false, expected: true, findings: ['tls.port-465-unsupported'] });

    expect(result.recommendation).toMatchObject({ found: true, port: 587, security: 'starttls', authMechanisms: ['LOGIN', 'XOAUTH2'] });
    expect(result.recommendation.reasons.map((r) => r.key)).toEqual([
      'discover.reason.works',
      'discover.reason.auth-offered',
      'discover.reason.preferred-port',
      'discover.reason.refused',
      'discover.reason.465-microsoft',
    ]);
    // 465 is not a network fault; the refused 25 is.
    expect(result.findings).toEqual(['network.connection-refused']);
    expect(result.clock).toMatchObject({ status: 'ok', source: 'greeting' });
    expect(result.probes).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('falls back to 25 when 587 is silently blocked', async () => {
    lab = await startLabPorts({ 587: 'port-blocked', 25: 'healthy', 465: 'connection-refused' });
    const result = await run('smtp.office365.com', lab);
    expect(byPort(result, 587)).toMatchObject({ reachability: 'blocked', findings: ['network.port-blocked'] });
    expect(byPort(result, 465)).toMatchObject({ reachability: 'refused', expected: true, findings: ['tls.port-465-unsupported'] });
    expect(result.recommendation).toMatchObject({ found: true, port: 25 });
    expect(result.recommendation.reasons).toContainEqual({ key: 'discover.reason.fallback-port', params: { port: 25, preferred: 587 } });
    expect(result.findings).toEqual(['network.port-blocked']);
  });

  it('finds nothing when TLS is intercepted and 25 is blocked, and names why', async () => {
    lab = await startLabPorts({ 587: 'intercepted', 25: 'port-blocked' });
    const result = await run('smtp.office365.com', lab, { ports: [{ port: 587, security: 'starttls' }, { port: 25, security: 'starttls' }] });
    expect(byPort(result, 587)).toMatchObject({ reachability: 'reachable', tls: 'unverified', tlsDiagnosis: 'intercepted', usable: false });
    expect(byPort(result, 587).findings[0]).toBe('tls.intercepted');
    expect(byPort(result, 25).findings).toEqual(['network.port-25-blocked']);
    expect(result.recommendation.found).toBe(false);
    expect(result.recommendation.reasons.map((r) => r.key)).toEqual([
      'discover.reason.tls-problem',
      'discover.reason.port-25-blocked',
      'discover.reason.none-works',
    ]);
  });

  it('reports STARTTLS missing', async () => {
    lab = await startLabPorts({ 587: 'starttls-unavailable' });
    const result = await run('smtp.office365.com', lab, { ports: [{ port: 587, security: 'starttls' }] });
    expect(byPort(result, 587)).toMatchObject({ reachability: 'reachable', tls: 'not-offered', usable: false, findings: ['tls.starttls-unavailable'] });
  });

  it('takes certificates for an unrelated host on every port as a captive portal', async () => {
    lab = await startLabPorts({ 587: 'hostname-mismatch', 25: 'hostname-mismatch' });
    const result = await run('smtp.office365.com', lab, { ports: [{ port: 587, security: 'starttls' }, { port: 25, security: 'starttls' }] });
    expect(byPort(result, 587)).toMatchObject({ tls: 'unverified', tlsDiagnosis: 'hostname-mismatch', findings: ['tls.hostname-mismatch'] });
    expect(result.network.state).toBe('captive-portal');
    expect(result.recommendation.reasons).toEqual([{ key: 'discover.reason.captive-portal' }]);
  });

  it('measures the clock against the server’s banner (injected clock 3 h ahead)', async () => {
    lab = await startLabPorts({ 587: 'healthy' });
    const ahead = () => new Date(Date.now() + 3 * 3600_000);
    const result = await run('smtp.office365.com', lab, { ports: [{ port: 587, security: 'starttls' }] }, { probeDeps: { now: ahead } });
    expect(result.clock).toMatchObject({ status: 'skewed', source: 'greeting', findingId: 'tls.clock-skew', atLeast: false });
    expect(Math.round((result.clock?.skewMs ?? 0) / 60_000)).toBe(180);
    expect(result.findings).toContain('tls.clock-skew');
    expect(result.recommendation.reasons).toContainEqual({ key: 'discover.reason.clock-skew', params: { minutes: 180 } });
  });

  it('can be cancelled while a port hangs, and returns what it has', async () => {
    lab = await startLabPorts({ 587: 'port-blocked', 25: 'healthy' });
    const controller = new AbortController();
    const pending = discover('smtp.office365.com', lab.deps(), { timeouts: { connect: 20_000 }, ports: [{ port: 587, security: 'starttls' }, { port: 25, security: 'starttls' }] }, controller.signal);
    setTimeout(() => controller.abort(), 300);
    const result = await pending;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.cancelled).toBe(true);
    expect(byPort(result.value, 587).reachability).toBe('cancelled');
    expect(byPort(result.value, 25)).toMatchObject({ reachability: 'reachable', usable: true });
    // The hanging port was not waited for: far below its 20 s connect timeout.
    expect(result.value.durationMs).toBeLessThan(10_000);
  });
});

describe('discover against the lab (other hosts: mode detection)', () => {
  it('finds STARTTLS on 465 and implicit TLS on 2525 by trying the other mode', async () => {
    lab = await startLabPorts({ 587: 'healthy', 25: 'connection-refused', 465: 'healthy', 2525: 'implicit-tls' });
    // 127.0.0.1 is a custom host; the lab leaf carries IP:127.0.0.1, so it verifies.
    const result = await run('127.0.0.1', lab);
    expect(result.target).toMatchObject({ presetId: 'custom', microsoft: false });
    expect(result.ports.map((r) => r.port)).toEqual([587, 25, 465, 2525]);
    expect(byPort(result, 465)).toMatchObject({ security: 'starttls', tried: ['tls', 'starttls'], usable: true, expected: false });
    expect(byPort(result, 2525)).toMatchObject({ security: 'tls', tried: ['starttls', 'tls'], usable: true, tls: 'verified' });
    expect(byPort(result, 2525).runIds).toHaveLength(2);
    expect(result.recommendation).toMatchObject({ found: true, port: 587 });
  });

  it('keeps the first answer when the other mode does not help either', async () => {
    lab = await startLabPorts({ 587: 'greeting-timeout' });
    const result = await run('127.0.0.1', lab, { ports: [{ port: 587, security: 'starttls' }] });
    expect(byPort(result, 587)).toMatchObject({ security: 'starttls', tried: ['starttls'], reachability: 'no-greeting', findings: ['network.greeting-timeout'] });
  });
});
