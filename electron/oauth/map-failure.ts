/**
 * Turns what MSAL throws into one of the closed sign-in failures (shared/oauth.ts), so a
 * failure is data with a plain-words code, the AADSTS number when Microsoft sent one, and a
 * short technical message without tokens. AADSTS numbers come first because one MSAL error
 * class carries several meanings (an InteractionRequiredAuthError can be missing consent,
 * a multi-factor step-up or an expired sign-in).
 */
import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { AADSTS, aadstsIn, type OAuthFailure, type OAuthFailureCode } from '../../shared/oauth';
import type { ServerErrorFields } from './network-client';
import { scrubSecrets } from './scrub';

export type SignInFlow = 'browser' | 'device-code' | 'silent';

export interface FailureContext {
  flow: SignInFlow;
  /** Set when the app itself stopped the sign-in (Cancel, or the time limit). */
  stoppedBecause?: 'cancelled' | 'timed-out';
  /** What the last error response said, for errors MSAL reports without it. */
  serverError?: ServerErrorFields | null;
}

const UNREACHABLE_CODES = new Set(['endpoints_resolution_error', 'network_error', 'network_request_failed', 'openid_config_error']);
const CANCELLED_CODES = new Set(['user_cancelled', 'access_denied', 'authorization_declined', 'device_code_polling_cancelled']);
const EXPIRED_CODES = new Set(['expired_token', 'user_timeout_reached', 'device_code_expired']);
const SIGN_IN_AGAIN_CODES = new Set(['invalid_grant', 'no_tokens_found', 'refresh_token_expired', 'no_account_found', 'bad_token', 'login_required']);

function byAadsts(aadsts: number, flow: SignInFlow): OAuthFailureCode | null {
  if (AADSTS.consentRequired.includes(aadsts)) return 'consent-required';
  if (AADSTS.adminConsentRequired.includes(aadsts)) return 'admin-consent-required';
  if (AADSTS.mfaRequired.includes(aadsts)) return 'mfa-required';
  if (AADSTS.userDeclined.includes(aadsts)) return 'cancelled';
  // The same Conditional Access answer means "sign-in codes are blocked" in the device-code flow.
  if (flow === 'device-code' && AADSTS.deviceCodeBlocked.includes(aadsts)) return 'device-code-blocked';
  if (AADSTS.conditionalAccess.includes(aadsts)) return 'conditional-access';
  return null;
}

function describe(error: unknown): { errorCode?: string; text: string; subError?: string } {
  if (error instanceof AuthError) {
    return { errorCode: error.errorCode, text: error.errorMessage || error.message, subError: error.subError || undefined };
  }
  if (error instanceof Error) return { text: error.message };
  return { text: String(error) };
}

export function toOAuthFailure(error: unknown, context: FailureContext): OAuthFailure {
  const { errorCode, text, subError } = describe(error);
  const server = context.serverError ?? null;
  // MSAL's device-code poller keeps only the server's `error`; the network client kept the rest.
  const useServer = server !== null && (errorCode === 'post_request_failed' || !aadstsIn(text));
  const aadsts = aadstsIn(text) ?? (useServer ? server?.aadsts : undefined);
  const detail = scrubSecrets([errorCode, useServer && server ? `${server.error}: ${server.description}` : text].filter(Boolean).join(': ')).slice(0, 400);
  const extra: Omit<OAuthFailure, 'code' | 'message'> = {};
  if (aadsts !== undefined) extra.aadsts = aadsts;
  if (errorCode) extra.msalCode = errorCode;
  const failure = (code: OAuthFailureCode): OAuthFailure => ({ code, message: detail || code, ...extra });

  const serverCode = useServer ? server?.error : undefined;
  if (context.stoppedBecause && (errorCode === undefined || CANCELLED_CODES.has(errorCode) || CANCELLED_CODES.has(serverCode ?? ''))) {
    return failure(context.stoppedBecause);
  }
  if (aadsts !== undefined) {
    const code = byAadsts(aadsts, context.flow);
    if (code) return failure(code);
  }
  if (errorCode === 'consent_required' || subError === 'consent_required') return failure('consent-required');
  const codes = [errorCode, serverCode].filter((c): c is string => !!c);
  if (codes.some((c) => UNREACHABLE_CODES.has(c)) && !/Network request refused/.test(text)) return failure('unreachable');
  if (codes.some((c) => EXPIRED_CODES.has(c))) return failure('timed-out');
  if (codes.some((c) => CANCELLED_CODES.has(c))) return failure('cancelled');
  if (context.flow === 'silent' && (error instanceof InteractionRequiredAuthError || codes.some((c) => SIGN_IN_AGAIN_CODES.has(c)))) {
    return failure('sign-in-again');
  }
  if (error instanceof InteractionRequiredAuthError && (errorCode === 'interaction_required' || server?.claims)) return failure('mfa-required');
  return failure('server-error');
}
