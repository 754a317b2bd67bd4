/**
 * One MSAL PublicClientApplication per authority, all sharing the keychain cache plugin.
 * Microsoft authorities use MSAL's production path unchanged. An authority on another host
 * (`--authority`, a local provider in tests) is named in `knownAuthorities` (which turns off
 * Microsoft instance discovery) and given its own discovery document as `authorityMetadata`,
 * so MSAL stays in its default Entra protocol mode and makes no other discovery call.
 */
import { LogLevel, PublicClientApplication, type ICachePlugin } from '@azure/msal-node';
import { oauthFailure, type OAuthResult, type SignInTarget } from '../../shared/oauth';
import type { SignInNetworkClient } from './network-client';
import { scrubSecrets } from './scrub';

export interface MsalAppOptions {
  clientId: string;
  cachePlugin: ICachePlugin;
  network: SignInNetworkClient;
  log: (line: string) => void;
}

export interface MsalApps {
  forTarget(target: SignInTarget): Promise<OAuthResult<PublicClientApplication>>;
  /** Any instance: the cache (accounts, sign-out) is the same for all of them. */
  any(): PublicClientApplication;
}

const CACHE_ONLY_AUTHORITY = 'https://login.microsoftonline.com/common/';

export function createMsalApps(options: MsalAppOptions): MsalApps {
  const apps = new Map<string, PublicClientApplication>();

  const build = (authority: string, custom?: { host: string; metadata: string }) =>
    new PublicClientApplication({
      auth: {
        clientId: options.clientId,
        authority,
        ...(custom ? { knownAuthorities: [custom.host], authorityMetadata: custom.metadata } : {}),
      },
      cache: { cachePlugin: options.cachePlugin },
      system: {
        networkClient: options.network,
        loggerOptions: {
          piiLoggingEnabled: false,
          logLevel: LogLevel.Warning,
          loggerCallback: (_level, message, containsPii) => {
            if (!containsPii) options.log(`msal: ${scrubSecrets(message)}`);
          },
        },
      },
    });

  async function discovery(authority: string): Promise<OAuthResult<string>> {
    const url = `${authority}.well-known/openid-configuration`;
    try {
      const response = await options.network.sendGetRequestAsync<Record<string, unknown>>(url);
      if (response.status !== 200 || typeof response.body?.token_endpoint !== 'string') {
        return oauthFailure('server-error', `the sign-in server at ${new URL(authority).host} has no usable discovery document (HTTP ${response.status})`);
      }
      return { ok: true, value: JSON.stringify(response.body) };
    } catch (error) {
      return oauthFailure('unreachable', `the sign-in server at ${new URL(authority).host} did not answer: ${error instanceof Error ? error.message : String(error)}`, {
        msalCode: 'endpoints_resolution_error',
      });
    }
  }

  return {
    async forTarget(target) {
      const existing = apps.get(target.authority);
      if (existing) return { ok: true, value: existing };
      let app: PublicClientApplication;
      if (target.customAuthority) {
        const metadata = await discovery(target.authority);
        if (!metadata.ok) return metadata;
        app = build(target.authority, { host: new URL(target.authority).host, metadata: metadata.value });
      } else {
        app = build(target.authority);
      }
      apps.set(target.authority, app);
      return { ok: true, value: app };
    },
    any() {
      const first = apps.values().next();
      if (!first.done) return first.value;
      const app = build(CACHE_ONLY_AUTHORITY);
      apps.set(CACHE_ONLY_AUTHORITY, app);
      return app;
    },
  };
}
