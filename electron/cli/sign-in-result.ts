/**
 * The probe result when Microsoft sign-in failed before any SMTP test: the same document
 * shape as every other probe (verdict "fail", exit 1), with the `auth` stage failed and the
 * sign-in finding, so scripts that read `verdict`, `stages` or `findings` need no new case.
 * The `signIn` member says why (additive to today's shape).
 */
import { randomUUID } from 'node:crypto';
import type { OAuthFailure } from '../../shared/oauth';
import { stageDetail, stageDetailText } from '../../shared/stage-details';
import type { ProbeRequest, ProbeResult } from '../../shared/types';
import { redactRequest } from '../probe';
import type { SignInReport } from './oauth-sign-in';

export function signInFailedResult(request: ProbeRequest, failure: OAuthFailure, report: Extract<SignInReport, { status: 'failed' }>, startedAt: Date): ProbeResult & { signIn: SignInReport } {
  const detail = stageDetail('auth.sign-in-failed', { failure: failure.code, aadsts: failure.aadsts !== undefined ? ` (AADSTS${failure.aadsts})` : '' });
  return {
    runId: randomUUID(),
    request: redactRequest(request),
    startedAt: startedAt.toISOString(),
    durationMs: report.durationMs,
    verdict: 'fail',
    stages: [{ id: 'auth', status: 'fail', startedAtMs: 0, durationMs: report.durationMs, detail, evidence: [], findings: [report.findingId] }],
    tls: null,
    capabilities: { extensions: [], authMechanisms: [], size: null },
    transcript: [{ atMs: report.durationMs, marker: '***', text: `${stageDetailText(detail)}: ${failure.message}` }],
    findings: [report.findingId],
    signIn: report,
  };
}
