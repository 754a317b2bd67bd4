import { afterEach, describe, expect, it } from 'vitest';
import { labCaPath, startLab, type Lab, type ScenarioId } from '../../lab';
import { collect, factsOf, labDeps, labRequest, leakForms, probeLab, leftBehind, stageOf, statuses } from './lab-probe';
import { stageDetailText } from '../../../shared/stage-details';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

async function open(id: ScenarioId, delayMs?: number) {
  lab = await startLab(id, delayMs === undefined ? {} : { delayMs });
  return lab;
}

describe('timeouts, cancellation and clean-up', () => {
  it('turns a silently dropped port into a fail verdict within about 5 s with default timeouts', async () => {
    const l = await open('port-blocked');
    const started = Date.now();
    const { result } = await probeLab(l, labRequest(l));
    expect(Date.now() - started).toBeLessThan(5500);
    expect(result.verdict).toBe('fail');
    expect(stageOf(result, 'connect')).toMatchObject({ status: 'fail', evidence: expect.arrayContaining([expect.objectContaining({ kind: 'socket-error', code: 'ETIMEDOUT' })]) });
    expect(stageOf(result, 'greeting').status).toBe('skipped');
  });

  it('applies per-stage timeouts to a live but slow server', async () => {
    const l = await open('slow-server', 600);
    const { result } = await probeLab(l, labRequest(l, { timeouts: { greeting: 200 } }));
    expect(stageOf(result, 'greeting')).toMatchObject({ status: 'fail' });
    expect(factsOf(stageOf(result, 'greeting').evidence)).toEqual(['greeting-timeout']);
    expect(stageOf(result, 'greeting').durationMs).toBeLessThan(600);
  });

  it('cancels a running probe: verdict cancelled, the rest skipped, promptly', async () => {
    const l = await open('greeting-timeout');
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 150);
    const { result, events } = await probeLab(l, labRequest(l), labDeps(l), controller.signal);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.verdict).toBe('cancelled');
    expect(statuses(result)).toMatchObject({ resolve: 'pass', connect: 'pass', greeting: 'skipped', ehlo: 'skipped', auth: 'skipped', quit: 'skipped' });
    expect(stageDetailText(stageOf(result, 'greeting').detail)).toContain('cancel');
    expect(events.at(-1)).toMatchObject({ type: 'done' });
  });

  it.each<[string, ScenarioId, boolean]>([
    ['a healthy run', 'healthy', false],
    ['a blackholed port', 'port-blocked', false],
    ['a cancelled run', 'greeting-timeout', true],
    ['a refused certificate', 'intercepted', false],
  ])('leaves no socket or timer behind after %s', async (_name, id, cancel) => {
    const l = await open(id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const baseline = process.getActiveResourcesInfo().filter((r) => r !== 'Immediate');
    const controller = new AbortController();
    const timer = cancel ? setTimeout(() => controller.abort(), 100) : undefined;
    await probeLab(l, labRequest(l, id === 'port-blocked' ? { timeouts: { connect: 500 } } : {}), labDeps(l), controller.signal);
    clearTimeout(timer);
    expect(await leftBehind(baseline)).toEqual([]);
  });
});

describe('events', () => {
  it('streams stage-start/stage-end pairs in order, then done with the result', async () => {
    const l = await open('healthy');
    const { result, events } = await probeLab(l, labRequest(l));
    expect(events.every((e) => e.runId === result.runId)).toBe(true);
    const ran = result.stages.filter((s) => s.status !== 'skipped').map((s) => s.id);
    const starts = events.flatMap((e) => (e.type === 'stage-start' ? [e.stage] : []));
    expect(starts).toEqual(ran);
    for (const id of ran) {
      const start = events.findIndex((e) => e.type === 'stage-start' && e.stage === id);
      const end = events.findIndex((e) => e.type === 'stage-end' && e.stage.id === id);
      expect(start).toBeLessThan(end);
    }
    expect(events.filter((e) => e.type === 'done')).toEqual([{ runId: result.runId, type: 'done', result }]);
    expect(events.at(-1)?.type).toBe('done');
  });
});

describe('secrets never come back', () => {
  const CANARY_PASSWORD = 'Canary-Pw-4f1d9b7e2a';
  const CANARY_TOKEN = 'eyJjYW5hcnkiOnRydWV9.Y2FuYXJ5LXRva2VuLTdlM2M.canary-sig-0b9f';

  it.each<[string, ScenarioId, 'password' | 'oauth']>([
    ['AUTH LOGIN', 'healthy', 'password'],
    ['AUTH PLAIN', 'auth-not-offered', 'password'],
    ['AUTH XOAUTH2 (refused after a 334)', 'healthy', 'oauth'],
  ])('%s: the canary is in no event or result, plain or base64', async (_name, id, mode) => {
    const l = await open(id);
    const base = labRequest(l, {}, mode);
    const request =
      base.auth.method === 'password'
        ? { ...base, auth: { ...base.auth, password: CANARY_PASSWORD } }
        : base.auth.method === 'oauth2'
          ? { ...base, auth: { ...base.auth, accessToken: CANARY_TOKEN } }
          : base;
    const { result, events } = await probeLab(l, request);
    expect(stageOf(result, 'auth').status).toBe('fail');
    // The AUTH exchange really happened and is in the transcript, argument redacted.
    expect(result.transcript.some((line) => /^AUTH (LOGIN|PLAIN|XOAUTH2)/.test(line.text))).toBe(true);
    expect(result.transcript.some((line) => line.text.includes('<redacted base64 AUTH argument>'))).toBe(true);
    const everything = JSON.stringify({ result, events });
    for (const secret of [CANARY_PASSWORD, CANARY_TOKEN]) for (const form of leakForms(secret)) expect(everything).not.toContain(form);
    // The user name is never visible in base64 either (it is part of every AUTH argument).
    expect(everything).not.toContain(Buffer.from(l.credentials.user).toString('base64').slice(0, 16));
    expect(result.request.auth).toEqual({ method: mode === 'oauth' ? 'oauth2' : 'password', user: l.credentials.user });
  });
});

describe('TLS trust and modes', () => {
  it('trusts a root from the OS store and says so', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l), labDeps(l, { extraCa: [], systemCertificates: () => [l.caPem] }));
    expect(result.tls).toMatchObject({ verified: true, trustedViaSystemStore: true, diagnosis: 'trusted' });
    expect(result.verdict).toBe('pass');
  });

  it('honours NODE_EXTRA_CA_CERTS alongside the explicit trust list', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l), labDeps(l, { extraCa: [], env: { NODE_EXTRA_CA_CERTS: await labCaPath() } }));
    expect(result.tls).toMatchObject({ verified: true, trustedViaSystemStore: false });
  });

  it('without the lab root, a Microsoft name with an unknown issuer is treated as interception and nothing is sent', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l), labDeps(l, { extraCa: [] }));
    expect(stageOf(result, 'starttls').status).toBe('fail');
    expect(result.tls).toMatchObject({ verified: false, diagnosis: 'intercepted' });
    expect(l.log.some((line) => line.startsWith('C: AUTH'))).toBe(false);
  });

  it('continues past an unverified certificate only when its fingerprint was explicitly trusted, with a warning', async () => {
    const l = await open('hostname-mismatch');
    const first = await probeLab(l, labRequest(l));
    const fingerprint = first.result.tls?.chain[0]?.fingerprint256;
    expect(fingerprint).toMatch(/^[0-9A-F:]+$/);
    const { result } = await probeLab(l, labRequest(l, { trustFingerprint256: fingerprint ?? '' }));
    expect(statuses(result)).toMatchObject({ starttls: 'warn', 'ehlo-tls': 'pass', auth: 'pass' });
    expect(result.verdict).toBe('warn');
    expect(result.transcript.some((line) => line.text.includes('trusted by its fingerprint'))).toBe(true);
    expect(JSON.stringify(result.request)).not.toContain('trustFingerprint256');
  });

  it('spots a wrong local clock from the server banner', async () => {
    const l = await open('healthy');
    const sixtyDaysAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    const { result } = await probeLab(l, labRequest(l), labDeps(l, { now: () => sixtyDaysAgo }));
    expect(result.tls?.diagnosis).toBe('clock-skew');
    expect(factsOf(stageOf(result, 'starttls').evidence)).toContain('clock-skew');
    expect(stageOf(result, 'starttls').status).toBe('warn');
  });

  it('implicit TLS against a STARTTLS port fails fast as a mode mismatch', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l, { security: 'tls' }));
    const tls = stageOf(result, 'tls');
    expect(tls.status).toBe('fail');
    expect(tls.evidence).toContainEqual(expect.objectContaining({ kind: 'tls-error', code: 'ERR_SSL_WRONG_VERSION_NUMBER' }));
    expect(factsOf(tls.evidence)).toContain('tls-mode-mismatch');
  });

  it('STARTTLS against an implicit-TLS port waits for a greeting that never comes', async () => {
    const l = await open('implicit-tls');
    const { result } = await probeLab(l, labRequest(l, { security: 'starttls', timeouts: { greeting: 500 } }));
    expect(stageOf(result, 'greeting').status).toBe('fail');
    expect(factsOf(stageOf(result, 'greeting').evidence)).toEqual(['greeting-timeout']);
  });

  it('flags port 465 at a Microsoft host', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l, { port: 465, timeouts: { connect: 1000 } }));
    expect(factsOf(stageOf(result, 'connect').evidence)).toContain('port-465-microsoft');
  });
});

describe('plain connections and optional stages', () => {
  it('without credentials or a test message, auth and the envelope are skipped and the run passes', async () => {
    const l = await open('healthy');
    const { result } = await probeLab(l, labRequest(l, {}, 'none'));
    expect(statuses(result)).toMatchObject({ 'ehlo-tls': 'pass', auth: 'skipped', 'mail-from': 'skipped', 'rcpt-to': 'skipped', data: 'skipped', quit: 'pass' });
    expect(result.verdict).toBe('pass');
    expect(stageDetailText(stageOf(result, 'auth').detail)).toContain('no credentials');
    expect(stageDetailText(stageOf(result, 'data').detail)).toContain('no test message');
  });

  it('a plain session warns, and never sends the password', async () => {
    const l = await open('starttls-unavailable');
    const { result } = await probeLab(l, labRequest(l, { security: 'none' }));
    expect(statuses(result)).toMatchObject({ connect: 'warn', greeting: 'pass', ehlo: 'pass', auth: 'fail' });
    expect(factsOf(stageOf(result, 'auth').evidence)).toEqual(['plain-connection']);
    expect(l.log.some((line) => line.startsWith('C: AUTH'))).toBe(false);
    expect(stageOf(result, 'quit').status).toBe('pass');
  });
});

describe('name resolution', () => {
  const request = { host: 'smtp.office365.com', port: 587, security: 'starttls' as const, auth: { method: 'none' as const } };

  it('reports a failed lookup, and no network at all as offline', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND smtp.office365.com'), { code: 'ENOTFOUND' });
    const { result } = await collect(request, { resolver: () => Promise.reject(notFound), isOnline: () => false, env: {} });
    expect(stageOf(result, 'resolve')).toMatchObject({ status: 'fail', evidence: [{ kind: 'socket-error', code: 'ENOTFOUND', message: notFound.message }, { kind: 'fact', fact: 'offline', detail: expect.any(String) }] });
    expect(stageOf(result, 'connect').status).toBe('skipped');
  });

  it('gives up on a lookup that never answers', async () => {
    const started = Date.now();
    const { result } = await collect({ ...request, timeouts: { resolve: 200 } }, { resolver: () => new Promise(() => {}), isOnline: () => true, env: {} });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(stageOf(result, 'resolve').evidence).toEqual([{ kind: 'socket-error', code: 'EAI_AGAIN', message: expect.stringContaining('timed out') }]);
  });
});
