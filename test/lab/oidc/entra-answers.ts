/**
 * Switches that make the lab provider answer the way Microsoft Entra ID does when sign-in is
 * refused. The bodies follow Entra's token-error shape (error, error_description starting
 * "AADSTSnnnnn:", error_codes, suberror, claims); the numbers and sentences are those of
 * Microsoft's error-code reference (sources in shared/facts/sign-in.ts). They are written
 * here, not captured from Entra.
 */
import { randomUUID } from 'node:crypto';

export type EntraRefusal =
  /** AADSTS65001 at the token endpoint (code redemption and refresh): consent_required. */
  | 'consent-required'
  /** AADSTS90094 sent back to the app from the authorize step (the person sees "Need admin approval"). */
  | 'admin-consent-required'
  /** AADSTS53003 at the token endpoint: blocked by Conditional Access. */
  | 'conditional-access'
  /** AADSTS50076 interaction_required with a claims challenge, at refresh (silent sign-in). */
  | 'mfa-required'
  /** AADSTS53003 while polling with a device code: a policy blocks the device code flow. */
  | 'device-code-blocked';

export interface TokenErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  suberror?: string;
  claims?: string;
  timestamp: string;
  trace_id: string;
  correlation_id: string;
}

function body(error: string, aadsts: number, sentence: string, extra: Partial<TokenErrorBody> = {}): TokenErrorBody {
  const trace = randomUUID();
  const correlation = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z';
  return {
    error,
    error_description: `AADSTS${aadsts}: ${sentence} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${timestamp}`,
    error_codes: [aadsts],
    timestamp,
    trace_id: trace,
    correlation_id: correlation,
    ...extra,
  };
}

/** The token-endpoint answer for a grant type, or null to let the provider answer. */
export function tokenRefusal(refusal: EntraRefusal | null, grantType: string, clientId: string): TokenErrorBody | null {
  switch (refusal) {
    case 'consent-required':
      return grantType === 'authorization_code' || grantType === 'refresh_token'
        ? body(
            'invalid_grant',
            65001,
            `The user or administrator has not consented to use the application with ID '${clientId}' named 'Mail Setup Lab'. Send an interactive authorization request for this user and resource.`,
            { suberror: 'consent_required' },
          )
        : null;
    case 'conditional-access':
      return grantType === 'authorization_code' || grantType === 'refresh_token'
        ? body('invalid_grant', 53003, 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', { suberror: 'message_only' })
        : null;
    case 'mfa-required':
      return grantType === 'refresh_token'
        ? body(
            'interaction_required',
            50076,
            "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'Office 365 Exchange Online'.",
            { suberror: 'basic_action', claims: JSON.stringify({ access_token: { capolids: { essential: true, values: ['lab-mfa-policy'] } } }) },
          )
        : null;
    case 'device-code-blocked':
      return grantType === 'device_code'
        ? body('invalid_grant', 53003, 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', { suberror: 'message_only' })
        : null;
    default:
      return null;
  }
}

/** The authorize-step answer (sent back to the app as a form_post), or null. */
export function authorizeRefusal(refusal: EntraRefusal | null): { error: string; error_description: string } | null {
  if (refusal !== 'admin-consent-required') return null;
  const { error_description } = body(
    'access_denied',
    90094,
    'Mail Setup Lab needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.',
  );
  return { error: 'access_denied', error_description };
}
