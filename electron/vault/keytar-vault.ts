/**
 * Vault backed by keytar (macOS Keychain, Windows Credential Manager, Secret Service on
 * Linux). keytar is imported on first use, so a missing or mismatched native module is a
 * "keychain unavailable" state instead of a crash at start.
 *
 * Two libsecret traps shape this file (docs/build-machines.md, "The keychain on Linux"):
 * - on a LOCKED keyring `getPassword` returns null and `deletePassword` returns false, as if
 *   nothing were stored; so every "nothing there" answer is confirmed by writing and
 *   removing a sentinel item, which throws "Cannot create an item in a locked collection";
 * - `findCredentials` on a locked keyring crashes the process (SIGSEGV), so it only runs
 *   after that check passed.
 */
import { classifyKeychainError } from './keychain-errors';
import {
  checkAccount,
  invalidAccount,
  keychainUnavailable,
  VAULT_SERVICE,
  vaultOk,
  type Vault,
  type VaultResult,
} from './vault';

/** The keytar functions this vault calls. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export interface KeytarVaultOptions {
  /** Keychain service name; default "Mail Setup Assistant". Tests use their own. */
  service?: string;
  /** Loads the keytar module; default `import('keytar')`. */
  load?: () => Promise<unknown>;
  /** Diagnostic lines (never contain a secret). */
  log?: (line: string) => void;
}

// Not an address (no @), so it can never collide with a real account.
export const SENTINEL_ACCOUNT = '__mail-setup-assistant-keychain-check__';

function asKeytar(mod: unknown): KeytarApi {
  const candidate = ((mod as { default?: unknown }).default ?? mod) as Partial<KeytarApi>;
  for (const name of ['getPassword', 'setPassword', 'deletePassword', 'findCredentials'] as const) {
    if (typeof candidate[name] !== 'function') throw new Error(`keytar has no ${name}()`);
  }
  return candidate as KeytarApi;
}

export function createKeytarVault(options: KeytarVaultOptions = {}): Vault {
  const service = options.service ?? VAULT_SERVICE;
  const load = options.load ?? (() => import('keytar'));
  const log = options.log ?? (() => {});
  let loading: Promise<KeytarApi | Error> | null = null;

  const backend = (): Promise<KeytarApi | Error> =>
    (loading ??= load().then(asKeytar).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));

  /** Throws the backend's own error when the keychain cannot store items (locked, absent). */
  async function confirmWritable(keytar: KeytarApi): Promise<void> {
    await keytar.setPassword(service, SENTINEL_ACCOUNT, 'keychain-check');
    await keytar.deletePassword(service, SENTINEL_ACCOUNT);
  }

  async function run<T>(account: string | null, op: (keytar: KeytarApi) => Promise<T>): Promise<VaultResult<T>> {
    if (account !== null) {
      const problem = checkAccount(account);
      if (problem) return invalidAccount(problem);
    }
    const keytar = await backend();
    if (keytar instanceof Error) {
      log(`keychain unavailable (no-native-module): ${keytar.message}`);
      return keychainUnavailable('no-native-module', `the keychain module could not be loaded: ${keytar.message}`);
    }
    try {
      return vaultOk(await op(keytar));
    } catch (error) {
      const reason = classifyKeychainError(error);
      const message = error instanceof Error ? error.message : String(error);
      log(`keychain unavailable (${reason}): ${message}`);
      return keychainUnavailable(reason, message);
    }
  }

  const get = (account: string) =>
    run(account, async (keytar) => {
      const secret = await keytar.getPassword(service, account);
      if (secret === null) await confirmWritable(keytar);
      return secret;
    });

  return {
    get,
    set(account, secret) {
      if (typeof secret !== 'string' || secret.length === 0) {
        return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'secret is required', field: 'secret' } });
      }
      return run(account, (keytar) => keytar.setPassword(service, account, secret));
    },
    delete: (account) =>
      run(account, async (keytar) => {
        const deleted = await keytar.deletePassword(service, account);
        if (!deleted) await confirmWritable(keytar);
        return deleted;
      }),
    async has(account) {
      const found = await get(account);
      return found.ok ? vaultOk(found.value !== null) : found;
    },
    listAccounts: () =>
      run(null, async (keytar) => {
        await confirmWritable(keytar);
        const found = await keytar.findCredentials(service);
        return found.map((c) => c.account).filter((a) => a !== SENTINEL_ACCOUNT);
      }),
  };
}
