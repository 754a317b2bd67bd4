/**
 * The keychain as the rest of the app sees it: four questions about one account plus a
 * listing for "forget everything". Every failure is data (never thrown), and an unusable
 * keychain is a state with a reason, so the app keeps working without remembering.
 */
import type { AppError } from '../../shared/result';
import type { KeychainReason } from '../../shared/profile';

export type { KeychainReason };

export const VAULT_SERVICE = 'Mail Setup Assistant';

export type VaultError =
  | (AppError & { code: 'KEYCHAIN_UNAVAILABLE'; reason: KeychainReason })
  | (AppError & { code: 'INVALID_INPUT' });

/** Assignable to `Result<T>`; the extra `reason` rides along through IPC. */
export type VaultResult<T> = { ok: true; value: T } | { ok: false; error: VaultError };

export interface Vault {
  /** Main process only (re-testing a saved profile); never exposed to the renderer. */
  get(account: string): Promise<VaultResult<string | null>>;
  set(account: string, secret: string): Promise<VaultResult<void>>;
  /** True when something was deleted. */
  delete(account: string): Promise<VaultResult<boolean>>;
  has(account: string): Promise<VaultResult<boolean>>;
  /** Accounts with a stored secret under this app's service name. */
  listAccounts(): Promise<VaultResult<string[]>>;
}

export function keychainUnavailable(reason: KeychainReason, message: string): VaultResult<never> {
  return { ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason, message } };
}

export function invalidAccount(message: string): VaultResult<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message, field: 'account' } };
}

/** Accounts are addresses; reject what no keychain should be asked about. */
export function checkAccount(account: unknown): string | null {
  if (typeof account !== 'string' || account.length === 0) return 'account is required';
  if (account.length > 320) return 'account is too long';
  if (/[\r\n\0]/.test(account)) return 'account must not contain line breaks or NUL';
  return null;
}

export const vaultOk = <T>(value: T): VaultResult<T> => ({ ok: true, value });
