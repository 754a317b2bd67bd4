/**
 * Errors are data: every IPC handler and most services return a Result instead of
 * throwing, because Electron keeps only `message` from an error thrown through
 * `ipcMain.handle` (electron/electron#24427) and the renderer needs a stable code.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'KEYCHAIN_UNAVAILABLE'
  | 'SETTINGS_UNAVAILABLE'
  | 'CANCELLED'
  | 'OFFLINE'
  | 'IO_ERROR'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** Plain English for logs and the CLI; the renderer shows its own words per code. */
  message: string;
  /** Which input field was wrong, for INVALID_INPUT. */
  field?: string;
  /** Why the keychain is unavailable, for KEYCHAIN_UNAVAILABLE: no-native-module, no-secret-service, locked, unknown. */
  reason?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});
