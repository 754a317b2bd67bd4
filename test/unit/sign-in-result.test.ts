/**
 * One failed-sign-in result for the CLI and the app (shared/sign-in-result.ts): the same
 * shape as every probe, the `auth` stage failed with the sign-in finding; the CLI adds its
 * `signIn` member and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { signInFailedResult as cliResult } from '../../electron/cli/sign-in-result';
import { signInFailedResult, signInFailureOf } from '../../shared/sign-in-result';
import { stageDetailText } from '../../shared/stage-details';

const failure = { code: 'mfa-required' as const, message: 'interaction_required: AADSTS50076: Due to a configuration change…', aadsts: 50076 };
const startedAt = new Date('2026-12-01T09:00:00Z');

describe('the failed sign-in result', () => {
  it('is a failed auth stage carrying the finding, and says why in the transcript', () => {
    const result = signInFailedResult({ runId: 'r1', request: { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'oauth2', user: 'sam@contoso.com' } }, failure, durationMs: 12, startedAt });
    expect(result).toMatchObject({
      runId: 'r1',
      verdict: 'fail',
      startedAt: '2026-12-01T09:00:00.000Z',
      stages: [{ id: 'auth', status: 'fail', detail: { code: 'auth.sign-in-failed', params: { failure: 'mfa-required', aadsts: ' (AADSTS50076)' } }, findings: ['auth.oauth-mfa-required'] }],
      findings: ['auth.oauth-mfa-required'],
      transcript: [{ marker: '***', text: 'Microsoft sign-in failed: mfa-required (AADSTS50076): interaction_required: AADSTS50076: Due to a configuration change…' }],
    });
    expect(signInFailureOf(result)).toBe('mfa-required');
    expect(signInFailureOf({ stages: [] })).toBeNull();
  });

  it('the CLI’s document is the same result plus its signIn member, without the token', () => {
    const report = { status: 'failed' as const, flow: 'silent' as const, durationMs: 12, code: failure.code, aadsts: 50076, message: failure.message, findingId: 'auth.oauth-mfa-required' };
    const cli = cliResult({ host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'oauth2', user: 'sam@contoso.com', accessToken: 'eyJ-canary-token' } }, failure, report, startedAt);
    const { signIn, runId, ...rest } = cli;
    const shared = signInFailedResult({ runId, request: { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'oauth2', user: 'sam@contoso.com' } }, failure, durationMs: 12, startedAt });
    expect({ runId, ...rest }).toEqual(shared);
    expect(signIn).toBe(report);
    expect(JSON.stringify(cli)).not.toContain('canary');
  });

  it('words the stage with or without an AADSTS code as one whole message each (no glued separator)', () => {
    expect(stageDetailText({ code: 'auth.sign-in-failed', params: { failure: 'mfa-required', aadsts: ' (AADSTS50076)' } })).toBe('Microsoft sign-in failed: mfa-required (AADSTS50076)');
    expect(stageDetailText({ code: 'auth.sign-in-failed', params: { failure: 'cancelled', aadsts: '' } })).toBe('Microsoft sign-in failed: cancelled');
  });
});
