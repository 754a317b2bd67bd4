import { describe, expect, it } from 'vitest';
import { classifyAll, describeFinding, diagnoseProbe, findingForOAuthOutcome, OAUTH_FLOW_FINDINGS, probeFindingOrder, summariseVerdict, FINDING_IDS } from '../../../shared/findings';
import type { Evidence, StageResult } from '../../../shared/types';

type Stage = Pick<StageResult, 'id' | 'status' | 'startedAtMs' | 'evidence'>;
const GREETING_AT = (time: string): Evidence => ({ kind: 'reply', command: 'CONNECT', code: 220, text: `BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at ${time}` });

function run(stages: Stage[], auth: 'password' | 'oauth2' | 'none' = 'password', startedAt = '2026-11-23T10:00:00.000Z') {
  return {
    request: { host: 'smtp.office365.com', port: 587, security: 'starttls' as const, presetId: 'microsoft365' as const, auth: { method: auth, user: 'anna@contoso.com' } },
    startedAt,
    stages,
    tls: null,
  };
}

describe('diagnoseProbe', () => {
  it('ranks a refused password as the cause of the 530 that follows, and sets aside "SMTP AUTH off for the mailbox"', () => {
    const result = run([
      { id: 'greeting', status: 'pass', startedAtMs: 20, evidence: [GREETING_AT('Mon, 23 Nov 2026 10:00:00 +0000')] },
      { id: 'auth', status: 'fail', startedAtMs: 300, evidence: [{ kind: 'reply', command: 'AUTH LOGIN', code: 535, enhanced: '5.7.3', text: 'Authentication unsuccessful' }] },
      { id: 'mail-from', status: 'fail', startedAtMs: 400, evidence: [{ kind: 'reply', command: 'MAIL FROM', code: 530, enhanced: '5.7.57', text: 'Client not authenticated to send mail.' }] },
    ]);
    const d = diagnoseProbe(result, { address: 'anna@contoso.com' });
    expect(d.primary?.id).toBe('auth.bad-credentials');
    expect(d.others.map((o) => o.id)).toContain('auth.required');
    expect(d.others.map((o) => o.id)).not.toContain('auth.smtp-auth-disabled-mailbox');
    expect(d.describe).toMatchObject({ sender: { kind: 'this-app' }, address: 'anna@contoso.com', host: 'smtp.office365.com', clockOffsetMinutes: 0 });
    // ProbeResult.findings: the answer first, nothing dropped.
    const order = probeFindingOrder(result);
    expect(order[0]).toBe('auth.bad-credentials');
    expect(order).toEqual(expect.arrayContaining(['auth.required', 'auth.smtp-auth-disabled-mailbox']));
  });

  it("reads the clock from the server's greeting and makes a not-yet-valid certificate the server's fault when it agrees", () => {
    const notYet: Stage = { id: 'starttls', status: 'fail', startedAtMs: 200, evidence: [{ kind: 'tls-error', code: 'CERT_NOT_YET_VALID', message: 'certificate is not yet valid' }] };
    const agrees = diagnoseProbe(run([{ id: 'greeting', status: 'pass', startedAtMs: 20, evidence: [GREETING_AT('Mon, 23 Nov 2026 10:00:01 +0000')] }, notYet]));
    expect(agrees.primary?.id).toBe('tls.certificate-not-yet-valid');
    const behind = diagnoseProbe(run([{ id: 'greeting', status: 'pass', startedAtMs: 20, evidence: [GREETING_AT('Mon, 23 Nov 2026 13:00:00 +0000')] }, notYet]));
    expect(behind.primary?.id).toBe('tls.clock-skew');
    expect(behind.describe.clockOffsetMinutes).toBe(-180);
    expect(describeFinding('tls.clock-skew', behind.describe).explanation).toContain('about 3 hours behind');
  });

  it('takes the intercepting product from the TLS report and from fact params', () => {
    const stages: Stage[] = [{ id: 'starttls', status: 'fail', startedAtMs: 200, evidence: [{ kind: 'fact', fact: 'certificate-intercepted', detail: 'issuer not public' }] }];
    expect(diagnoseProbe({ ...run(stages), tls: { interceptor: 'Kaspersky' } as never }).describe.interceptor).toBe('Kaspersky');
    const withParams: Stage[] = [{ ...stages[0]!, evidence: [{ kind: 'fact', fact: 'certificate-intercepted', params: { interceptor: 'ESET SSL Filter CA' } } as Evidence] }];
    expect(diagnoseProbe(run(withParams)).describe.interceptor).toBe('ESET SSL Filter CA');
  });

  it('gives classifyAll the same first answer as the diagnosis', () => {
    const evidence: Evidence[] = [
      { kind: 'fact', fact: 'no-auth-after-tls' },
      { kind: 'reply', command: 'MAIL FROM', code: 530, enhanced: '5.7.57', text: 'Client not authenticated to send mail.' },
    ];
    expect(classifyAll(evidence, {})[0]).toBe('auth.not-offered');
    expect(diagnoseProbe(run([{ id: 'ehlo-tls', status: 'fail', startedAtMs: 10, evidence }])).primary?.id).toBe('auth.not-offered');
  });
});

describe('summariseVerdict', () => {
  const stage = (id: StageResult['id'], status: StageResult['status'], evidence: Evidence[] = []) => ({ id, status, evidence });
  const ok235: Evidence = { kind: 'reply', command: 'AUTH LOGIN', code: 235, enhanced: '2.7.0', text: 'Authentication successful' };

  it('says "Sending works" only after a real sign-in (235) and, when asked, a delivered test message', () => {
    expect(summariseVerdict({ verdict: 'pass', request: { auth: { method: 'password' } }, stages: [stage('auth', 'pass', [ok235])] }).kind).toBe('works');
    expect(summariseVerdict({ verdict: 'pass', request: { auth: { method: 'password' }, sendTestTo: 'a@b.c' }, stages: [stage('auth', 'pass', [ok235]), stage('data', 'pass')] }).kind).toBe('works');
  });

  it('never says "works" for a run that did not sign in, or signed in on a reply other than 235', () => {
    expect(summariseVerdict({ verdict: 'pass', request: { auth: { method: 'none' } }, stages: [stage('ehlo-tls', 'pass')] })).toMatchObject({ kind: 'reachable-not-checked', heading: 'verdict.reachable-not-checked', signedIn: false });
    const odd: Evidence = { kind: 'reply', command: 'AUTH LOGIN', code: 250, text: 'OK' };
    expect(summariseVerdict({ verdict: 'pass', request: { auth: { method: 'password' } }, stages: [stage('auth', 'pass', [odd])] }).kind).toBe('reachable-not-checked');
    expect(summariseVerdict({ verdict: 'pass', request: { auth: { method: 'password' }, sendTestTo: 'a@b.c' }, stages: [stage('auth', 'pass', [ok235]), stage('data', 'skipped')] }).kind).toBe('reachable-not-checked');
  });

  it('has its own warning kind, apart from failure', () => {
    expect(summariseVerdict({ verdict: 'warn', request: { auth: { method: 'oauth2' } }, stages: [stage('auth', 'pass', [ok235])] }).kind).toBe('warning');
    expect(summariseVerdict({ verdict: 'fail', request: { auth: { method: 'oauth2' } }, stages: [stage('auth', 'fail')] }).kind).toBe('failed');
  });
});

describe('Microsoft sign-in flow outcomes', () => {
  it('maps every outcome to an existing finding, and covers every sign-in finding but the Outlook.com one', () => {
    const ids = Object.values(OAUTH_FLOW_FINDINGS);
    for (const id of ids) expect(FINDING_IDS).toContain(id);
    const oauthIds = FINDING_IDS.filter((id) => id.startsWith('auth.oauth-') && id !== 'auth.oauth-required');
    expect([...new Set(ids.filter((id) => id !== 'unknown'))].sort()).toEqual([...oauthIds].sort());
    expect(findingForOAuthOutcome('cancelled')).toBe('auth.oauth-cancelled');
    expect(findingForOAuthOutcome('timed-out')).toBe('auth.oauth-cancelled');
    // A failure no entry is specific to gets the honest generic finding that quotes it.
    expect(findingForOAuthOutcome('server-error')).toBe('unknown');
  });
});
