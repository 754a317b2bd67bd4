import { describe, expect, it } from 'vitest';
import type { ProbeRequest } from '../../../shared/types';
import { formatProbeResult } from '../../../electron/cli/probe-output';
import { redactRequest } from '../../../electron/probe/redaction';
import { mergeFindings, verdictOf } from '../../../electron/probe/run-probe';
import { DEFAULT_TIMEOUTS, planStages, resolveTimeouts, timeoutForStage, uniformTimeouts } from '../../../shared/stages';
import { checkProbeRequest } from '../../../shared/validation';
import { stageResult } from '../../fixtures/samples';

const stage = stageResult;

describe('planStages', () => {
  it('orders stages as they happen on the wire for each security mode', () => {
    expect(planStages('starttls')).toEqual(['resolve', 'connect', 'greeting', 'ehlo', 'starttls', 'ehlo-tls', 'auth', 'mail-from', 'rcpt-to', 'data', 'quit']);
    expect(planStages('tls')).toEqual(['resolve', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail-from', 'rcpt-to', 'data', 'quit']);
    expect(planStages('none')).toEqual(['resolve', 'connect', 'greeting', 'ehlo', 'auth', 'mail-from', 'rcpt-to', 'data', 'quit']);
  });
});

describe('timeouts', () => {
  it('turn a dropped port into a verdict within 5 s by default', () => {
    expect(DEFAULT_TIMEOUTS.resolve + 0).toBeLessThanOrEqual(5000);
    expect(DEFAULT_TIMEOUTS.connect).toBeLessThan(5000);
  });

  it('fill defaults, ignore nonsense and map stages', () => {
    const t = resolveTimeouts({ connect: 1500, greeting: -1, command: Number.NaN });
    expect(t).toEqual({ ...DEFAULT_TIMEOUTS, connect: 1500 });
    expect(timeoutForStage('starttls', t)).toBe(t.tls);
    expect(timeoutForStage('auth', t)).toBe(t.command);
    expect(timeoutForStage('data', t)).toBe(t.data);
    expect(Object.values(uniformTimeouts(2000))).toEqual([2000, 2000, 2000, 2000, 2000, 2000]);
  });
});

describe('verdict and findings', () => {
  it('fail beats warn beats pass; cancelled overrides', () => {
    expect(verdictOf([stage('connect', 'pass'), stage('auth', 'skipped')], false)).toBe('pass');
    expect(verdictOf([stage('connect', 'warn'), stage('auth', 'pass')], false)).toBe('warn');
    expect(verdictOf([stage('connect', 'warn'), stage('auth', 'fail')], false)).toBe('fail');
    expect(verdictOf([stage('connect', 'fail')], true)).toBe('cancelled');
  });

  it('lists findings of failing stages first, without repeats', () => {
    const stages = [stage('connect', 'warn', ['tls.port-465-unsupported']), stage('auth', 'fail', ['auth.bad-credentials', 'auth.rejected']), stage('quit', 'pass', ['auth.rejected'])];
    expect(mergeFindings(stages)).toEqual(['auth.bad-credentials', 'auth.rejected', 'tls.port-465-unsupported']);
  });
});

describe('request validation and redaction', () => {
  const base: ProbeRequest = { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'password', user: 'a@contoso.example', password: 'pw-secret-1' } };

  it('accepts a normal request', () => {
    expect(checkProbeRequest(base)).toBeNull();
  });

  it.each([
    ['host', { ...base, host: 'smtp.office365.com\r\nRCPT TO:<x@y>' }],
    // The shared schema names nested fields by their path.
    ['auth.user', { ...base, auth: { method: 'password', user: 'a@b.c\nMAIL FROM:<evil>', password: 'x' } }],
    ['auth.password', { ...base, auth: { method: 'password', user: 'a@b.c', password: 'x\0y' } }],
    ['sendTestTo', { ...base, sendTestTo: 'me@contoso.example\r\nDATA' }],
    ['clientName', { ...base, clientName: 'pc\nQUIT' }],
    ['port', { ...base, port: 70000 }],
    ['sendTestTo', { ...base, sendTestTo: 'not an address' }],
  ] as const)('rejects a bad %s', (field, request) => {
    expect(checkProbeRequest(request as ProbeRequest)?.field).toBe(field);
  });

  it('removes the password, token and trusted fingerprint', () => {
    const redacted = redactRequest({ ...base, trustFingerprint256: 'AA:BB', sendTestTo: 'a@contoso.example' });
    expect(redacted).toEqual({ host: 'smtp.office365.com', port: 587, security: 'starttls', sendTestTo: 'a@contoso.example', auth: { method: 'password', user: 'a@contoso.example' } });
    expect(JSON.stringify(redactRequest({ ...base, auth: { method: 'oauth2', user: 'u@x.y', accessToken: 'tok-abc-123' } }))).not.toContain('tok-abc-123');
  });
});

describe('formatProbeResult', () => {
  it('prints a stage table, findings with the describe seam, and the verdict', () => {
    const text = formatProbeResult(
      {
        runId: 'r',
        request: { host: 'h', port: 587, security: 'starttls', auth: { method: 'none' } },
        startedAt: '2026-11-23T00:00:00.000Z',
        durationMs: 42,
        verdict: 'fail',
        stages: [stage('connect', 'pass'), stage('auth', 'fail', ['auth.bad-credentials']), stage('quit', 'skipped')],
        tls: null,
        capabilities: { extensions: [], authMechanisms: [], size: null },
        transcript: [],
        findings: ['auth.bad-credentials'],
      },
      (id) => (id === 'auth.bad-credentials' ? 'The password was not accepted' : undefined),
    );
    expect(text).toMatch(/^stage\s+status\s+time\s+detail/);
    expect(text).toMatch(/auth\s+FAIL\s+1 ms/);
    expect(text).toContain('auth.bad-credentials: The password was not accepted');
    expect(text).toContain('Verdict: fail (42 ms)');
  });

  it('writes the certificate diagnosis and its end date in words, not as ids', () => {
    const cert = { subjectCN: 'mail.contoso.example', subject: 'CN=mail.contoso.example', issuerCN: 'Contoso CA', issuer: 'CN=Contoso CA', sans: [], validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-03-25T12:00:00.000Z', fingerprint256: 'AA', selfSigned: false };
    const text = formatProbeResult({
      runId: 'r',
      request: { host: 'h', port: 587, security: 'starttls', auth: { method: 'none' } },
      startedAt: '2026-11-23T00:00:00.000Z',
      durationMs: 7,
      verdict: 'warn',
      stages: [stage('connect', 'pass')],
      tls: { protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', chain: [cert], verified: false, verifyError: 'UNABLE_TO_GET_ISSUER_CERT', diagnosis: 'untrusted-root', trustedViaSystemStore: false },
      capabilities: { extensions: [], authMechanisms: [], size: null },
      transcript: [],
      findings: [],
    });
    expect(text).toContain('TLS: TLSv1.3 TLS_AES_256_GCM_SHA384; certificate NOT verified (UNABLE_TO_GET_ISSUER_CERT); issued by an authority this computer does not trust');
    expect(text).toContain('(issuer: Contoso CA; valid to 25 March 2027 at 12:00:00 UTC)');
    expect(text).toContain('Verdict: warn (7 ms)');
  });
});
