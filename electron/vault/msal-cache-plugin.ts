/**
 * MSAL's cache plugin over the keychain: the token cache is read before every MSAL cache
 * access and written back after any change, through the chunked store. When the keychain is
 * missing or locked, the serialized cache is kept in this process instead, so sign-in keeps
 * working for this run (MSAL's own in-memory cache is not enough: with a plugin set, a
 * silent call after an interactive one found no tokens until the cache had been
 * deserialized once), and the plugin reports that nothing is remembered.
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
  /** This run's cache when the keychain cannot hold it. */
  let inProcess: string | null = null;

  const fail = (what: string, error: VaultError) => {
    state = { remembering: false, problem: reasonOf(error) };
    log(`token cache: could not ${what} the keychain (${error.message}); the sign-in is kept for this run only`);
  };

  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      const stored = store ? await store.read() : null;
      if (stored && !stored.ok) fail('read', stored.error);
      if (stored?.ok) state = { remembering: true, problem: null };
      const snapshot = stored?.ok ? stored.value : inProcess;
      if (snapshot !== null) context.tokenCache.deserialize(snapshot);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      const serialized = context.tokenCache.serialize();
      if (!store) {
        inProcess = serialized;
        return;
      }
      const written = await store.write(serialized);
      if (!written.ok) {
        inProcess = serialized;
        return fail('write', written.error);
      }
      inProcess = null;
      state = { remembering: true, problem: null };
    },
    state: () => state,
  };
}
