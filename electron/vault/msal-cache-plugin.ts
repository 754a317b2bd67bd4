/**
 * MSAL's cache plugin over the keychain: the token cache is read before every MSAL cache
 * access and written back after any change, through the chunked store. When the keychain is
 * missing or locked, sign-in keeps working for this run from MSAL's in-memory cache and the
 * plugin reports that nothing is remembered, so the app can say so.
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { KeychainReason } from './vault';
import type { VaultError } from './vault';
import type { TokenCacheStore } from './token-cache-store';

export interface KeychainState {
  /** True while the last keychain read and write worked. */
  remembering: boolean;
  problem: KeychainReason | null;
}

export interface KeychainCachePlugin extends ICachePlugin {
  state(): KeychainState;
}

function reasonOf(error: VaultError): KeychainReason {
  return error.code === 'KEYCHAIN_UNAVAILABLE' ? error.reason : 'unknown';
}

/** `store` null: no keychain at all (nothing is ever remembered). */
export function createKeychainCachePlugin(store: TokenCacheStore | null, log: (line: string) => void = () => {}): KeychainCachePlugin {
  let state: KeychainState = store ? { remembering: true, problem: null } : { remembering: false, problem: 'no-secret-service' };

  const fail = (what: string, error: VaultError) => {
    state = { remembering: false, problem: reasonOf(error) };
    log(`token cache: could not ${what} the keychain (${error.message}); the sign-in is kept for this run only`);
  };

  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      if (!store) return;
      const stored = await store.read();
      if (!stored.ok) return fail('read', stored.error);
      state = { remembering: true, problem: null };
      if (stored.value !== null) context.tokenCache.deserialize(stored.value);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!store || !context.cacheHasChanged) return;
      const written = await store.write(context.tokenCache.serialize());
      if (!written.ok) return fail('write', written.error);
      state = { remembering: true, problem: null };
    },
    state: () => state,
  };
}
