/**
 * MSAL's errors (the library's own classes, as it throws them) to the closed set of sign-in
 * failures. The AADSTS number decides first; the flow decides what 53003 means.
 */
import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { toOAuthFailure } from '../../../electron/oauth/map-failure';

const server = (code: string, text: string, sub = '') => new ServerError(code, 'corr-1', text, sub);
const interaction = (code: string, text: string, sub = '') => new InteractionRequiredAuthError(code, 'corr-1', text, sub);

describe('toOAuthFailure', () => {
  it.each([
    ['consent required', interaction('invalid_grant', 'AADSTS65001: The user or administrator has not consented', 'consent_required'), 'browser', 'consent-required', 65001],
    ['admin consent', server('access_denied', 'AADSTS90094: Mail Setup needs permission that only an admin can grant.'), 'browser', 'admin-consent-required', 90094],
    ['policy blocks consent', server('access_denied', 'AADSTS90093: a policy blocks the permissions'), 'browser', 'admin-consent-required', 90093],
    ['conditional access', interaction('invalid_grant', 'AADSTS53003: Access has been blocked by Conditional Access policies.', 'message_only'), 'browser', 'conditional-access', 53003],
    ['CA in the device-code flow', server('invalid_grant', 'AADSTS53003: Access has been blocked by Conditional Access policies.'), 'device-code', 'device-code-blocked', 53003],
    ['MFA step-up on silent', interaction('interaction_required', 'AADSTS50076: you must use multi-factor authentication'), 'silent', 'mfa-required', 50076],
    ['MFA registration', interaction('interaction_required', 'AADSTS50079: register for multi-factor authentication'), 'browser', 'mfa-required', 50079],
    ['declined on the consent page', server('access_denied', 'AADSTS65004: User declined to consent to access the app.'), 'browser', 'cancelled', 65004],
  ] as const)('%s → %s', (_name, error, flow, code, aadsts) => {
    const failure = toOAuthFailure(error, { flow });
    expect(failure).toMatchObject({ code, aadsts });
    expect(failure.message).toContain(`AADSTS${aadsts}`);
  });

  it.each([
    ['invalid_grant on refresh', server('invalid_grant', 'grant request is invalid'), 'sign-in-again'],
    ['no tokens in the cache', new AuthError('no_tokens_found', 'corr-1', 'No refresh token found in the cache.'), 'sign-in-again'],
    ['interaction required without a code', interaction('interaction_required', 'please sign in'), 'sign-in-again'],
  ] as const)('silent: %s → %s', (_name, error, code) => {
    expect(toOAuthFailure(error, { flow: 'silent' }).code).toBe(code);
  });

  it('tells "stopped by the app" apart from "the person cancelled" and from the time limit', () => {
    const cancelledPost = server('user_cancelled', 'The sign-in was stopped in the app.');
    expect(toOAuthFailure(cancelledPost, { flow: 'browser', stoppedBecause: 'timed-out' }).code).toBe('timed-out');
    expect(toOAuthFailure(cancelledPost, { flow: 'browser', stoppedBecause: 'cancelled' }).code).toBe('cancelled');
    expect(toOAuthFailure(server('access_denied', 'the person said no'), { flow: 'browser' }).code).toBe('cancelled');
    expect(toOAuthFailure(new AuthError('expired_token', 'corr-1', 'device code expired'), { flow: 'device-code' }).code).toBe('timed-out');
  });

  it('no network to the login host is "unreachable"; a refused host is not', () => {
    expect(toOAuthFailure(new AuthError('endpoints_resolution_error', 'corr-1', 'Endpoints cannot be resolved'), { flow: 'browser' }).code).toBe('unreachable');
    expect(toOAuthFailure(new AuthError('network_error', '', 'Network request failed: getaddrinfo ENOTFOUND login.microsoftonline.com'), { flow: 'browser' }).code).toBe('unreachable');
    expect(toOAuthFailure(new AuthError('network_error', '', 'Network request refused: evil.example is not an allowed sign-in host'), { flow: 'browser' }).code).toBe('server-error');
  });

  it('uses what the network client kept when MSAL reports only "post_request_failed" (device-code polling)', () => {
    const polled = new AuthError('post_request_failed', 'corr-1', 'invalid_grant');
    const failure = toOAuthFailure(polled, {
      flow: 'device-code',
      serverError: { error: 'invalid_grant', aadsts: 53003, description: 'AADSTS53003: Access has been blocked by Conditional Access policies.', claims: false },
    });
    expect(failure).toMatchObject({ code: 'device-code-blocked', aadsts: 53003, msalCode: 'post_request_failed' });
    expect(failure.message).toMatch(/Conditional Access/);
  });

  it('anything else is a server error with MSAL\'s code, and never carries a token', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVlLWxvbmctZW5vdWdo';
    const failure = toOAuthFailure(server('temporarily_unavailable', `try later; token ${jwt} and ${'Q'.repeat(80)}`), { flow: 'browser' });
    expect(failure).toMatchObject({ code: 'server-error', msalCode: 'temporarily_unavailable' });
    expect(failure.message).not.toContain(jwt);
    expect(failure.message).not.toContain('Q'.repeat(80));
  });
});
