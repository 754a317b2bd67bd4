/**
 * The probe result when Microsoft sign-in failed before any SMTP test, for the CLI and the
 * app alike: the same document shape as every other probe (verdict "fail"), with the `auth`
 * stage failed and the sign-in finding, so readers of `verdict`, `stages` or `findings`
 * (scripts, the wizard, reports) need no new case. Pure: the caller names the run and
 * passes the request already redacted.
 */
import { OAUTH_FAILURE_FINDING, type OAuthFailure } from './oauth';
import { stageDetail, stageDetailText } from './stage-details';
import type { ProbeResult, RedactedProbeRequest } from './types';

export interface SignInFailedInput {
  runId: string;
  /** Without secrets; `auth.user` is the account or address the sign-in was for. */
  request: RedactedProbeRequest;
  failure: OAuthFailure;
  durationMs: number;
  startedAt: Date;
}

export function signInFailedResult({ runId, request, failure, durationMs, startedAt }: SignInFailedInput): ProbeResult {
  const findingId = OAUTH_FAILURE_FINDING[failure.code];
  const detail = stageDetail('auth.sign-in-failed', { failure: failure.code, aadsts: failure.aadsts !== undefined ? ` (AADSTS${failure.aadsts})` : '' });
  return {
    runId,
    request,
    startedAt: startedAt.toISOString(),
    durationMs,
    verdict: 'fail',
    stages: [{ id: 'auth', status: 'fail', startedAtMs: 0, durationMs, detail, evidence: [], findings: [findingId] }],
    tls: null,
    capabilities: { extensions: [], authMechanisms: [], size: null },
    transcript: [{ atMs: durationMs, marker: '***', text: `${stageDetailText(detail)}: ${failure.message}` }],
    findings: [findingId],
  };
}

/** The sign-in failure code a result's `auth` stage carries, when sign-in failed before the test. */
export function signInFailureOf(result: Pick<ProbeResult, 'stages'>): string | null {
  const detail = result.stages.find((stage) => stage.id === 'auth')?.detail;
  return detail?.code === 'auth.sign-in-failed' ? detail.params.failure : null;
}
