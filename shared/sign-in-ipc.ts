/**
 * "Sign in with Microsoft" as the window sees it over IPC: who is signed in, how a sign-in
 * went, its progress events, and how the page names a signed-in account for a test. Nothing
 * here can hold a token: the page learns only `SignedInAccount`, and a test run names the
 * account by its key (main fetches the token itself).
 */
import type { NotConfiguredReason, OAuthFailureCode, SignedInAccount } from './oauth';
import type { KeychainReason } from './profile';
import type { PresetId, ProbeRequest } from './types';

/** A sign-in failure as the page may see it: the code, the finding, and short technical English for IT. */
export interface PageSignInFailure {
  code: OAuthFailureCode;
  /** The finding the catalogue shows for it (OAUTH_FAILURE_FINDING). */
  findingId: string;
  aadsts?: number;
  reason?: NotConfiguredReason;
  /** For the "details for IT" box: scrubbed of anything token-shaped. */
  message: string;
}

/** Whether the keychain keeps the sign-in, so a retest is silent. */
export interface SignInKeychain {
  remembering: boolean;
  problem: KeychainReason | null;
}

export type SignInStatus =
  /** Sign-in cannot work in this copy (no app registration) or for this kind of account. */
  | { configured: false; failure: PageSignInFailure }
  | { configured: true; accounts: SignedInAccount[]; keychain: SignInKeychain };

export type SignInFlow = 'browser' | 'device-code';

export interface SignInStartRequest {
  /** Chosen by the page (crypto.randomUUID()) after it subscribed to 'oauth:event'. */
  signInId: string;
  presetId?: PresetId;
  flow: SignInFlow;
  /** The address being tested: Microsoft's page starts with it filled in. */
  loginHint?: string;
}

export type SignInAttempt =
  | { status: 'signed-in'; account: SignedInAccount; flow: SignInFlow; keychain: SignInKeychain }
  | { status: 'failed'; flow: SignInFlow; failure: PageSignInFailure };

/** Sign-in progress, main → page, keyed by the page's sign-in id. */
export type SignInEvent =
  /** The system browser was asked to open Microsoft's page; the app waits for the person. */
  | { signInId: string; type: 'waiting'; flow: 'browser' }
  /** Sign in with a code: what to open on any device, and the code to type there. */
  | { signInId: string; type: 'device-code'; verificationUri: string; userCode: string; expiresInS: number };

export interface SignOutResponse {
  removed: boolean;
  /** True when no sign-in is left, so every keychain entry of the sign-in cache is gone. */
  nothingLeft: boolean;
}

/** How the page asks for a test with Microsoft sign-in: the account by key and the address typed. */
export interface OAuthAccountAuth {
  method: 'oauth2';
  /** `SignedInAccount.key` of the account to sign in as (XOAUTH2 `user=` is its username). */
  account: string;
  /** The address the person typed (may differ: a shared mailbox). */
  address: string;
}

/** A probe request as the page sends it: a password at most, never a token. */
export type PageProbeRequest = Omit<ProbeRequest, 'auth'> & {
  auth: Exclude<ProbeRequest['auth'], { method: 'oauth2' }> | OAuthAccountAuth;
};

export function isAccountAuth(auth: PageProbeRequest['auth'] | ProbeRequest['auth']): auth is OAuthAccountAuth {
  return auth.method === 'oauth2' && 'account' in auth;
}

/** True when the account that signs in is not the address being tested (shared mailbox, or the wrong account). */
export function isAccountMismatch(account: Pick<SignedInAccount, 'username'>, address: string): boolean {
  return account.username.trim().toLowerCase() !== address.trim().toLowerCase();
}
