/**
 * The CLI's document when Microsoft sign-in failed before any SMTP test: the shared
 * failed-sign-in result (shared/sign-in-result.ts, the one the app shows too) plus the
 * `signIn` member that says why (additive to today's shape).
 */
import { randomUUID } from 'node:crypto';
import type { OAuthFailure } from '../../shared/oauth';
import { signInFailedResult as sharedResult } from '../../shared/sign-in-result';
import type { ProbeRequest, ProbeResult } from '../../shared/types';
import { redactRequest } from '../probe';
import type { SignInReport } from './oauth-sign-in';

export function signInFailedResult(request: ProbeRequest, failure: OAuthFailure, report: Extract<SignInReport, { status: 'failed' }>, startedAt: Date): ProbeResult & { signIn: SignInReport } {
  return { ...sharedResult({ runId: randomUUID(), request: redactRequest(request), failure, durationMs: report.durationMs, startedAt }), signIn: report };
}
