/**
 * "Sign in with Microsoft" as a plain-Node service: the app (through IPC) and the CLI use
 * the same one. Everything with a side effect is injected: the keychain (Vault), the
 * browser, MSAL's network client and trust. Failures are data (OAuthResult). Only
 * `accessToken()` returns a token, for the probe in the main process: it must never be
 * sent to the renderer, logged or stored; the renderer learns only `SignedInAccount`.
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import type { SecureContext } from 'node:tls';
import {
  MICROSOFT_LOGIN_HOSTS,
  oauthFailure,
  signInTarget,
  type ClientIdChoice,
  type OAuthFailure,
  type OAuthResult,
  type SignedInAccount,
  type SignInTargetInput,
} from '../../shared/oauth';
import { createKeychainCachePlugin, type KeychainState } from '../vault/msal-cache-plugin';
import { createTokenCacheStore } from '../vault/token-cache-store';
import type { Vault } from '../vault/vault';
import { errorPage, successPage } from './browser-pages';
import { signInWithDeviceCode, type DeviceCodeInfo } from './device-code-sign-in';
import { signInInBrowser } from './interactive-sign-in';
import { toOAuthFailure } from './map-failure';
import { createMsalApps } from './msal-app';
import { createNetworkClient, type SignInNetworkClient } from './network-client';

export { INTERACTIVE_TIMEOUT_MS } from '../../shared/sign-in-words';
import { INTERACTIVE_TIMEOUT_MS } from '../../shared/sign-in-words';
export const DEVICE_CODE_TIMEOUT_MS = 15 * 60 * 1000;

export interface OAuthServiceDeps {
  /** The app registration (shared/oauth.ts resolveClientId), or why there is none. */
  clientId: OAuthResult<ClientIdChoice>;
  /** The keychain; null when there is none (sign-in then lasts for this run only). */
  vault: Vault | null;
  openBrowser(url: string): Promise<void>;
  /** MSAL's HTTP client; default: node:https limited to Microsoft's login hosts and any `authority` asked for. */
  network?: SignInNetworkClient;
  /** Trust for the default network client (the probe's trust store in the app and CLI). */
  secureContext?: SecureContext;
  interactiveTimeoutMs?: number;
  deviceCodeTimeoutMs?: number;
  /** Diagnostic lines; never receives a token. */
  log?: (line: string) => void;
}

export interface SignInRequest extends SignInTargetInput {
  flow: 'browser' | 'device-code';
  loginHint?: string;
  signal?: AbortSignal;
  onDeviceCode?(info: DeviceCodeInfo): void;
}

export interface SignInOutcome {
  account: SignedInAccount;
  flow: 'browser' | 'device-code';
  /** Whether the sign-in was saved in the keychain (a retest is then silent). */
  keychain: KeychainState;
}

/** Main process only: the token goes into the XOAUTH2 request and nowhere else. */
export interface TokenForProbe {
  accessToken: string;
  account: SignedInAccount;
  expiresOn: Date | null;
  /** True when MSAL answered from the cache; false when it refreshed. */
  fromCache: boolean;
}

export interface OAuthService {
  status(): { configured: true; clientId: string; source: ClientIdChoice['source']; keychain: KeychainState } | { configured: false; failure: OAuthFailure };
  signIn(request: SignInRequest): Promise<OAuthResult<SignInOutcome>>;
  /** Stops every sign-in in progress (the Cancel button). */
  cancel(): void;
  accessToken(request: SignInTargetInput & { account: string }): Promise<OAuthResult<TokenForProbe>>;
  signOut(account: string): Promise<OAuthResult<{ removed: boolean; entriesRemoved: number }>>;
  accounts(): Promise<OAuthResult<SignedInAccount[]>>;
}

export function toSignedInAccount(account: AccountInfo): SignedInAccount {
  return { key: account.homeAccountId, username: account.username, displayName: account.name ?? null, tenantId: account.tenantId || null };
}

const matches = (account: AccountInfo, wanted: string) => account.homeAccountId === wanted || account.username.toLowerCase() === wanted.toLowerCase();

export function createOAuthService(deps: OAuthServiceDeps): OAuthService {
  const log = deps.log ?? (() => {});
  const extraHosts = new Set<string>();
  const network =
    deps.network ??
    createNetworkClient({ allowHost: (host) => MICROSOFT_LOGIN_HOSTS.includes(host) || extraHosts.has(host), ...(deps.secureContext ? { secureContext: deps.secureContext } : {}) });
  const active = new Set<AbortController>();

  if (!deps.clientId.ok) {
    const failure = deps.clientId.error;
    const notConfigured = () => Promise.resolve({ ok: false as const, error: failure });
    return {
      status: () => ({ configured: false, failure }),
      signIn: notConfigured,
      cancel: () => {},
      accessToken: notConfigured,
      signOut: notConfigured,
      accounts: notConfigured,
    };
  }
  const choice = deps.clientId.value;
  const store = deps.vault ? createTokenCacheStore({ vault: deps.vault, clientId: choice.clientId, log }) : null;
  const plugin = createKeychainCachePlugin(store, log);
  const apps = createMsalApps({ clientId: choice.clientId, cachePlugin: plugin, network, log });

  async function appFor(input: SignInTargetInput) {
    const target = signInTarget({ ...input, tenant: input.tenant ?? choice.tenant });
    if (!target.ok) return target;
    if (target.value.customAuthority) extraHosts.add(new URL(target.value.authority).hostname);
    const app = await apps.forTarget(target.value);
    return app.ok ? { ok: true as const, value: { app: app.value, target: target.value } } : app;
  }

  async function findAccount(wanted: string): Promise<AccountInfo | null> {
    const all = await apps.any().getTokenCache().getAllAccounts();
    return all.find((a) => matches(a, wanted)) ?? null;
  }

  return {
    status: () => ({ configured: true, clientId: choice.clientId, source: choice.source, keychain: plugin.state() }),

    async signIn(request) {
      const resolved = await appFor(request);
      if (!resolved.ok) return resolved;
      const { app, target } = resolved.value;
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      if (request.signal?.aborted) controller.abort();
      active.add(controller);
      network.clearLastServerError();
      try {
        const outcome =
          request.flow === 'device-code'
            ? await signInWithDeviceCode(app, {
                scopes: target.scopes,
                authority: target.authority,
                signal: controller.signal,
                timeoutMs: deps.deviceCodeTimeoutMs ?? DEVICE_CODE_TIMEOUT_MS,
                onDeviceCode: (info) => request.onDeviceCode?.(info),
              })
            : await signInInBrowser(app, {
                scopes: target.scopes,
                authority: target.authority,
                ...(request.loginHint ? { loginHint: request.loginHint } : {}),
                openBrowser: deps.openBrowser,
                signal: controller.signal,
                timeoutMs: deps.interactiveTimeoutMs ?? INTERACTIVE_TIMEOUT_MS,
                successTemplate: successPage(),
                errorTemplate: errorPage(),
              });
        if (!outcome.ok) {
          const failure = toOAuthFailure(outcome.error, { flow: request.flow, stoppedBecause: outcome.stoppedBecause, serverError: network.lastServerError() });
          log(`sign-in failed: ${failure.code}${failure.aadsts ? ` (AADSTS${failure.aadsts})` : ''}: ${failure.message}`);
          return { ok: false, error: failure };
        }
        return signedIn(outcome.result, request.flow);
      } finally {
        active.delete(controller);
        request.signal?.removeEventListener('abort', onAbort);
      }
    },

    cancel() {
      for (const controller of active) controller.abort();
    },

    async accessToken(request) {
      const resolved = await appFor(request);
      if (!resolved.ok) return resolved;
      const { app, target } = resolved.value;
      const account = await findAccount(request.account);
      if (!account) return oauthFailure('sign-in-again', `no saved Microsoft sign-in for ${request.account}`);
      network.clearLastServerError();
      try {
        const result = await app.acquireTokenSilent({ account, scopes: target.scopes, authority: target.authority });
        return { ok: true, value: { accessToken: result.accessToken, account: toSignedInAccount(result.account ?? account), expiresOn: result.expiresOn, fromCache: result.fromCache } };
      } catch (error) {
        const failure = toOAuthFailure(error, { flow: 'silent', serverError: network.lastServerError() });
        log(`silent sign-in failed: ${failure.code}: ${failure.message}`);
        return { ok: false, error: failure };
      }
    },

    async signOut(wanted) {
      const cache = apps.any().getTokenCache();
      const account = await findAccount(wanted);
      if (account) await cache.removeAccount(account);
      const left = await cache.getAllAccounts();
      let entriesRemoved = 0;
      if (left.length === 0 && store) {
        // Nothing left to remember: remove every entry, stray chunks of old writes included.
        const cleared = await store.clear();
        if (!cleared.ok) return oauthFailure('server-error', `the keychain entries could not be removed: ${cleared.error.message}`);
        entriesRemoved = cleared.value;
      }
      return { ok: true, value: { removed: account !== null, entriesRemoved } };
    },

    async accounts() {
      const all = await apps.any().getTokenCache().getAllAccounts();
      return { ok: true, value: all.map(toSignedInAccount) };
    },
  };

  function signedIn(result: AuthenticationResult, flow: 'browser' | 'device-code'): OAuthResult<SignInOutcome> {
    if (!result.account) return oauthFailure('server-error', 'the sign-in answer named no account');
    return { ok: true, value: { account: toSignedInAccount(result.account), flow, keychain: plugin.state() } };
  }
}
