/**
 * The app's Microsoft sign-in, as electron/main.ts builds it: the client id from the
 * organisation defaults, else the one a publisher built in, else "not set up in this copy"
 * (never one borrowed from another product); the token cache in the keychain; the probe's
 * trust store for the sign-in service; and the system browser opened only for Microsoft's
 * sign-in page of an authority this app signs in at, never for any other address.
 */
import { resolveClientId, signInTarget } from '../../shared/oauth';
import { PRESET_IDS } from '../../shared/presets';
import type { OrgDefaults } from '../../shared/profile';
import { BUILD_CLIENT_ID } from '../oauth/build-client-id';
import { createOAuthService } from '../oauth/oauth-service';
import { buildTrustStore } from '../probe/tls-trust';
import type { Vault } from '../vault/vault';
import type { AppSignIn } from './deps';

export interface AppSignInOptions {
  orgDefaults: OrgDefaults;
  vault: Vault;
  /** Electron's shell.openExternal. */
  openExternal: (url: string) => Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
  /** A publisher's built-in client id; default the one baked in at build time. */
  buildClientId?: string;
  log?: (line: string) => void;
}

/** Microsoft's authorize endpoint for every kind of account this copy can sign in with. */
export function authorizeEndpoints(tenant: string | undefined): string[] {
  const endpoints = new Set<string>();
  for (const presetId of PRESET_IDS) {
    const target = signInTarget({ presetId, ...(tenant ? { tenant } : {}) });
    if (target.ok) endpoints.add(`${target.value.authority}oauth2/v2.0/authorize`);
  }
  return [...endpoints];
}

/** True only for an https sign-in page at one of `endpoints` (its query is MSAL's request). */
export function isSignInPageUrl(raw: string, endpoints: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.hash) return false;
  return endpoints.includes(`${url.origin}${url.pathname}`);
}

/** What MSAL may open: the sign-in page, through `open`; anything else is refused and logged. */
export function signInPageOpener(open: (url: string) => Promise<void>, endpoints: readonly string[], log: (line: string) => void = () => {}): (url: string) => Promise<void> {
  return async (url) => {
    if (!isSignInPageUrl(url, endpoints)) {
      log(`refused to open a page that is not Microsoft's sign-in page: ${url.slice(0, 80)}`);
      throw new Error('the sign-in page address was not one this app signs in at');
    }
    await open(url);
  };
}

export function createAppSignIn(options: AppSignInOptions): AppSignIn {
  const org = options.orgDefaults.oauth;
  const clientId = resolveClientId({ ...(org ? { orgDefaults: org } : {}), build: options.buildClientId ?? BUILD_CLIENT_ID });
  const log = options.log ?? (() => {});
  const tenant = clientId.ok ? clientId.value.tenant : undefined;
  const service = createOAuthService({
    clientId,
    vault: options.vault,
    // The same trust as the probe: Node's roots, the OS store where the runtime has it, NODE_EXTRA_CA_CERTS.
    secureContext: buildTrustStore({ env: options.env }).secureContext(),
    openBrowser: signInPageOpener(options.openExternal, authorizeEndpoints(tenant), log),
    log,
  });
  return { service };
}
