/**
 * Microsoft sign-in for `probe --auth oauth2`: silent from the keychain first (a second run
 * needs no browser), otherwise in the system browser, or with a code (`--device-code`).
 * What the person must do goes to stderr as one plain line; stdout stays the report.
 */
import { readFile } from 'node:fs/promises';
import { t } from '../../shared/i18n';
import { signInFailureKey } from '../../shared/sign-in-words';
import { OAUTH_FAILURE_FINDING, resolveClientId, type OAuthFailure, type OAuthFailureCode, type SignedInAccount } from '../../shared/oauth';
import { BUILD_CLIENT_ID } from '../oauth/build-client-id';
import type { OAuthService } from '../oauth/oauth-service';
import { buildTrustStore } from '../probe/tls-trust';
import { loadOrgDefaults, orgDefaultsCandidates } from '../settings/org-defaults';
import { createKeytarVault } from '../vault/keytar-vault';
import type { CliIo } from './command';
import { openSystemBrowser } from './open-browser';

export interface CliSignInArgs {
  user: string;
  presetId: string;
  clientId?: string;
  tenant?: string;
  authority?: string;
  deviceCode: boolean;
}

/** The `signIn` member added to probe's JSON (additive: every other member is unchanged). */
export type SignInReport =
  | { status: 'signed-in'; flow: 'silent' | 'browser' | 'device-code'; durationMs: number; account: { username: string; tenantId: string | null }; remembered: boolean }
  | { status: 'failed'; flow: 'silent' | 'browser' | 'device-code'; durationMs: number; code: OAuthFailureCode; aadsts?: number; message: string; findingId: string };

export type CliSignIn =
  | { ok: true; accessToken: string; account: SignedInAccount; report: SignInReport }
  | { ok: false; failure: OAuthFailure; report: Extract<SignInReport, { status: 'failed' }> };

/** Builds the OAuth service the CLI uses; tests inject one over the lab provider. */
export type CliOAuthFactory = (io: CliIo, clientIdFlag: string | undefined) => Promise<OAuthService>;

/** Silent failures that a new interactive sign-in can put right. */
const SIGN_IN_FIXES: ReadonlySet<OAuthFailureCode> = new Set(['sign-in-again', 'mfa-required', 'consent-required']);

export const defaultCliOAuth: CliOAuthFactory = async (io, clientIdFlag) => {
  const org = await loadOrgDefaults({ candidates: orgDefaultsCandidates({ platform: process.platform, env: io.env }), readFile: (path) => readFile(path, 'utf8') });
  const clientId = resolveClientId({
    ...(clientIdFlag !== undefined ? { commandLine: clientIdFlag } : {}),
    ...(org.defaults.oauth ? { orgDefaults: org.defaults.oauth } : {}),
    build: BUILD_CLIENT_ID,
  });
  const open = openSystemBrowser(io.env);
  // MSAL is loaded only for --auth oauth2: every other probe starts without parsing it.
  const { createOAuthService } = await import('../oauth/oauth-service');
  return createOAuthService({
    clientId,
    vault: createKeytarVault(),
    // Same trust as the probe: Node's roots, the OS store where the runtime has it, NODE_EXTRA_CA_CERTS.
    secureContext: buildTrustStore({ env: io.env }).secureContext(),
    openBrowser: async (url) => {
      io.stderr(`${t('oauth.progress.browser')}\n${t('oauth.cli.browser-hint', { url })}\n`);
      await open(url);
    },
  });
};

function failed(failure: OAuthFailure, flow: SignInReport['flow'], startedAt: number): CliSignIn {
  const report: Extract<SignInReport, { status: 'failed' }> = {
    status: 'failed',
    flow,
    durationMs: Math.round(performance.now() - startedAt),
    code: failure.code,
    ...(failure.aadsts !== undefined ? { aadsts: failure.aadsts } : {}),
    message: failure.message,
    findingId: OAUTH_FAILURE_FINDING[failure.code],
  };
  return { ok: false, failure, report };
}

export async function signInForProbe(service: OAuthService, args: CliSignInArgs, io: CliIo): Promise<CliSignIn> {
  const startedAt = performance.now();
  const target = {
    presetId: args.presetId,
    ...(args.tenant !== undefined ? { tenant: args.tenant } : {}),
    ...(args.authority !== undefined ? { authority: args.authority } : {}),
  };
  let flow: SignInReport['flow'] = 'silent';
  let token = await service.accessToken({ ...target, account: args.user });
  if (!token.ok && SIGN_IN_FIXES.has(token.error.code)) {
    flow = args.deviceCode ? 'device-code' : 'browser';
    const signedIn = await service.signIn({
      ...target,
      flow,
      loginHint: args.user,
      onDeviceCode: (info) => io.stderr(`${t('oauth.progress.device-code', { url: info.verificationUri, code: info.userCode })}\n`),
    });
    if (!signedIn.ok) return failed(signedIn.error, flow, startedAt);
    token = await service.accessToken({ ...target, account: signedIn.value.account.key });
  }
  if (!token.ok) return failed(token.error, flow, startedAt);
  const status = service.status();
  const remembered = status.configured && status.keychain.remembering;
  if (!remembered && status.configured && status.keychain.problem) {
    io.stderr(`${t('oauth.account.not-remembered', { reason: status.keychain.problem })}\n`);
  }
  const { account } = token.value;
  return {
    ok: true,
    accessToken: token.value.accessToken,
    account,
    report: { status: 'signed-in', flow, durationMs: Math.round(performance.now() - startedAt), account: { username: account.username, tenantId: account.tenantId }, remembered },
  };
}

/** Plain words for a failure, for the one stderr line, with the technical detail after them. */
export function failureWords(failure: OAuthFailure): string {
  const words = t(signInFailureKey(failure));
  return `${words} (${failure.aadsts !== undefined ? `AADSTS${failure.aadsts}: ` : ''}${failure.message})`;
}
