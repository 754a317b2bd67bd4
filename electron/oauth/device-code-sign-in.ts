/**
 * The fallback sign-in with a code: the person opens Microsoft's page on any device and
 * types the code. MSAL polls at the interval the server gives. It can only be stopped
 * through the request's `cancel` flag, which MSAL reads before each poll, so a stop
 * answers at once here and MSAL's loop ends at its next poll (it holds no port).
 */
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';

export interface DeviceCodeInfo {
  verificationUri: string;
  userCode: string;
  /** Seconds until the code expires. */
  expiresInS: number;
  /** Seconds between polls, as the server asked. */
  intervalS: number;
  /** The server's own sentence (English from Entra). */
  message: string;
}

export interface DeviceCodeSignInOptions {
  scopes: string[];
  authority: string;
  onDeviceCode(info: DeviceCodeInfo): void;
  signal?: AbortSignal;
  timeoutMs: number;
}

export type DeviceCodeOutcome =
  | { ok: true; result: AuthenticationResult }
  | { ok: false; error: unknown; stoppedBecause?: 'cancelled' | 'timed-out' };

export async function signInWithDeviceCode(pca: PublicClientApplication, options: DeviceCodeSignInOptions): Promise<DeviceCodeOutcome> {
  const request = {
    scopes: options.scopes,
    authority: options.authority,
    cancel: false,
    deviceCodeCallback: (response: { verificationUri: string; userCode: string; expiresIn: number; interval: number; message: string }) =>
      options.onDeviceCode({
        verificationUri: response.verificationUri,
        userCode: response.userCode,
        expiresInS: response.expiresIn,
        intervalS: response.interval,
        message: response.message,
      }),
  };
  let stop: (why: 'cancelled' | 'timed-out') => void = () => {};
  const stopped = new Promise<DeviceCodeOutcome>((resolve) => {
    stop = (why) => {
      request.cancel = true;
      resolve({ ok: false, error: new Error(`device code sign-in ${why}`), stoppedBecause: why });
    };
  });
  const onAbort = () => stop('cancelled');
  if (options.signal?.aborted) return { ok: false, error: new Error('device code sign-in cancelled'), stoppedBecause: 'cancelled' };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => stop('timed-out'), options.timeoutMs);

  const polling: Promise<DeviceCodeOutcome> = pca.acquireTokenByDeviceCode(request).then(
    (result) => (result ? { ok: true as const, result } : { ok: false as const, error: new Error('no token in the device code answer') }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  try {
    return await Promise.race([polling, stopped]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
