/**
 * What a result proved (shared/proven.ts): "Sending works" only after a real sign-in (and a
 * delivered test message when one was asked for); a run that never signed in says the
 * server is reachable and secure and that the account was not checked. The CLI says the
 * same on one more line; its verdict line, exit codes and --json are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { formatProbeResult } from '../../electron/cli/probe-output';
import { t } from '../../shared/i18n';
import { checkList, PROVEN_HEADING, provenOutcome, provenTone } from '../../shared/proven';
import type { ProbeResult, StageResult } from '../../shared/types';
import { sampleProbeResult, stageResult } from '../fixtures/samples';

const stages = (spec: string) => spec.split(' ').map((pair) => stageResult(...(pair.split(':') as [StageResult['id'], StageResult['status']])));
const result = (verdict: ProbeResult['verdict'], spec: string, request: Partial<ProbeResult['request']> = {}) =>
  sampleProbeResult({ verdict, stages: stages(spec), request: { ...sampleProbeResult().request, ...request } });
const heading = (r: ProbeResult) => t(PROVEN_HEADING[provenOutcome(r)]);

const HANDSHAKE = 'connect:pass greeting:pass ehlo:pass starttls:pass ehlo-tls:pass';

describe('what a test proved', () => {
  it('a sign-in that did not end in 235 is not a sign-in (the diagnosis’s rule), so it is never "Sending works"', () => {
    const odd = sampleProbeResult({
      verdict: 'pass',
      stages: [...stages(HANDSHAKE), { ...stageResult('auth', 'pass'), evidence: [{ kind: 'reply', command: 'AUTH LOGIN', code: 250, text: 'OK' }] }],
    });
    expect(heading(odd)).toBe('The server is reachable and secure — your account was not checked');
    expect(checkList(odd)[2]).toEqual({ item: 'sign-in', state: 'not-checked' });
  });

  it('"Sending works" only after a real sign-in', () => {
    const signedIn = result('pass', `${HANDSHAKE} auth:pass data:skipped`);
    expect(heading(signedIn)).toBe('Sending works');
    expect(provenTone(signedIn)).toBe('success');
    expect(heading(result('warn', `${HANDSHAKE} auth:pass quit:warn`))).toBe('Sending works, with a warning');
  });

  it('when a test message was asked for, only once it was delivered', () => {
    const asked = { sendTestTo: 'sam@contoso.com' };
    expect(heading(result('pass', `${HANDSHAKE} auth:pass mail-from:pass rcpt-to:pass data:pass`, asked))).toBe('Sending works');
    expect(provenOutcome(result('pass', `${HANDSHAKE} auth:pass data:skipped`, asked))).toBe('reachable-secure-not-checked');
  });

  it('a run that never signed in is "reachable and secure — your account was not checked", and lists what was not', () => {
    const unchecked = result('pass', `${HANDSHAKE} auth:skipped data:skipped`, { auth: { method: 'none' } });
    expect(heading(unchecked)).toBe('The server is reachable and secure — your account was not checked');
    expect(provenTone(unchecked)).toBe('info');
    expect(checkList(unchecked)).toEqual([
      { item: 'reach', state: 'checked' },
      { item: 'secure', state: 'checked' },
      { item: 'sign-in', state: 'not-checked' },
      { item: 'message', state: 'not-asked' },
    ]);
    const plain = result('pass', 'connect:pass greeting:pass ehlo:pass auth:skipped', { security: 'none', auth: { method: 'none' } });
    expect(heading(plain)).toBe('The server is reachable, but not encrypted — your account was not checked');
    expect(checkList(plain)[1]).toEqual({ item: 'secure', state: 'not-checked' });
  });

  it('a warning has its own look, a failure the failure’s, and a relay that took a message without sign-in says exactly that', () => {
    expect(provenTone(result('warn', `${HANDSHAKE} auth:skipped`))).toBe('warning');
    expect(provenTone(result('fail', 'connect:fail'))).toBe('danger');
    expect(heading(result('fail', 'connect:fail'))).toBe('Sending does not work yet');
    expect(heading(result('cancelled', 'connect:pass'))).toBe('The test was cancelled');
    expect(heading(result('pass', `${HANDSHAKE} auth:skipped mail-from:pass rcpt-to:pass data:pass`, { auth: { method: 'none' }, sendTestTo: 'a@b.example' }))).toBe(
      'The server accepted a test message without signing in',
    );
  });

  it('the CLI adds what was proven under its unchanged verdict line', () => {
    const text = formatProbeResult(result('pass', `${HANDSHAKE} auth:skipped`, { auth: { method: 'none' } }));
    expect(text).toMatch(/Verdict: pass \(900 ms\)\nProven: The server is reachable and secure — your account was not checked\.\n$/);
    expect(formatProbeResult(result('pass', `${HANDSHAKE} auth:pass`))).toMatch(/Verdict: pass \(900 ms\)\nProven: Sending works\.\n$/);
  });
});
