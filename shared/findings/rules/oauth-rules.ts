import type { ErrorRule } from './rule-types';

/**
 * Microsoft sign-in errors, as MSAL, browsers and apps print them: the AADSTS code is
 * the same in every language; the OAuth error names (invalid_grant, access_denied) are
 * the protocol's. Code meanings: Microsoft Entra authentication error codes
 * (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes).
 */
export const OAUTH_RULES: readonly ErrorRule[] = [
  { id: 'auth.oauth-consent-required', text: /aadsts65001\b|has not consented to use the application/, score: 0.93 },
  { id: 'auth.oauth-admin-consent-required', text: /aadsts9009[45]\b|need admin approval|needs permission to access resources in your organi[sz]ation that only an admin can grant|admin consent (is )?required|approval required/, score: 0.93 },
  { id: 'auth.oauth-conditional-access', text: /aadsts5300\d\b|aadsts53000\d\b|aadsts50097\b|blocked by conditional access|access has been blocked by conditional access/, score: 0.92 },
  { id: 'auth.oauth-mfa-required', text: /aadsts5007[469]\b|aadsts50158\b|you must use multi-factor authentication|strong authentication is required/, score: 0.92 },
  { id: 'auth.oauth-device-code-blocked', text: /device code flow (is )?(blocked|not allowed|disabled)|authentication flows? (policy )?blocked|device code (sign-in|authentication) (is )?(blocked|not allowed)/, score: 0.94 },
  {
    id: 'auth.oauth-sign-in-again',
    text: /aadsts700082\b|aadsts70008\b|aadsts50173\b|aadsts50133\b|aadsts70043\b|aadsts700084\b|aadsts50078\b|refresh token has expired|the provided grant has expired|grant (is )?(invalid|expired|revoked)|\binvalid_grant\b/,
    score: 0.86,
  },
  {
    id: 'auth.oauth-not-configured',
    text: /aadsts7000218\b|aadsts700016\b|aadsts50011\b|aadsts7000112\b|aadsts500011\b|aadsts650057\b|aadsts700025\b|application with identifier .{0,80} was not found in the directory|redirect uri .{0,120} does not match|must contain the following parameter: 'client_assertion' or 'client_secret'/,
    score: 0.9,
  },
  { id: 'auth.oauth-account-mismatch', text: /aadsts50020\b|aadsts50034\b|aadsts90072\b|user account .{0,80} does not exist in tenant/, score: 0.88 },
  { id: 'auth.oauth-cancelled', text: /aadsts65004\b|user declined to consent|\bauthentication_canceled\b|user_cancelled|user canceled the (authentication|sign-in)|the user has cancelled/, score: 0.9 },
  { id: 'auth.bad-credentials', text: /aadsts50126\b/, score: 0.9 },
];
