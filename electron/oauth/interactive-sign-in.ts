/**
 * Sign-in in the person's own browser: MSAL's authorization code + PKCE with its loopback
 * redirect, plus what msal-node 7.2.3 lacks, a way to stop it. MSAL waits for ever when the
 * person closes the tab (the loopback server cannot see a closed tab), so Cancel, an
 * AbortSignal and a time limit all stop it the same way: they POST
 * `error=user_cancelled&state=<state>` to the redirect URI named in the authorize URL, as the
 * browser would, and MSAL rejects with `user_cancelled` and closes the port.
 */
import { request } from 'node:http';
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';

export interface BrowserSignInOptions {
  scopes: string[];
  authority: string;
  loginHint?: string;
  /** Opens the authorize URL in the system browser (injected: shell.openExternal in the app). */
  openBrowser(url: string): Promise<void>;
  signal?: AbortSignal;
  timeoutMs: number;
  successTemplate: string;
  errorTemplate: string;
  /** Called with the authorize URL once the loopback server listens (tests drive a browser). */
  onAuthorizeUrl?(url: string): void;
}

export type BrowserSignInOutcome =
  | { ok: true; result: AuthenticationResult }
  | { ok: false; error: unknown; stoppedBecause?: 'cancelled' | 'timed-out' };

/** The loopback server listens on 127.0.0.1; MSAL names it "localhost" in the redirect URI. */
function loopbackTarget(authorizeUrl: URL): { port: number; state: string } | null {
  const redirect = authorizeUrl.searchParams.get('redirect_uri');
  const state = authorizeUrl.searchParams.get('state');
  if (!redirect || !state) return null;
  const url = new URL(redirect);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return null;
  return { port: Number(url.port), state };
}

function postCancel(target: { port: number; state: string }): Promise<void> {
  const body = new URLSearchParams({ error: 'user_cancelled', error_description: 'The sign-in was stopped in the app.', state: target.state }).toString();
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port: target.port, method: 'POST', path: '/', agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    // The server may already be gone (the sign-in finished at the same moment): nothing to stop.
    req.on('error', () => resolve());
    req.end(body);
  });
}

class StoppedBeforeBrowser extends Error {}

export async function signInInBrowser(pca: PublicClientApplication, options: BrowserSignInOptions): Promise<BrowserSignInOutcome> {
  let authorizeUrl: URL | null = null;
  let stoppedBecause: 'cancelled' | 'timed-out' | undefined;
  let cancelling: Promise<void> | null = null;

  const stop = (why: 'cancelled' | 'timed-out') => {
    if (stoppedBecause) return;
    stoppedBecause = why;
    const target = authorizeUrl && loopbackTarget(authorizeUrl);
    if (target) cancelling = postCancel(target);
  };
  const onAbort = () => stop('cancelled');
  if (options.signal?.aborted) stoppedBecause = 'cancelled';
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => stop('timed-out'), options.timeoutMs);

  try {
    const result = await pca.acquireTokenInteractive({
      scopes: options.scopes,
      authority: options.authority,
      ...(options.loginHint ? { loginHint: options.loginHint } : {}),
      successTemplate: options.successTemplate,
      errorTemplate: options.errorTemplate,
      openBrowser: async (url) => {
        authorizeUrl = new URL(url);
        // Stopped while MSAL was still preparing: never open the browser; MSAL closes its port.
        if (stoppedBecause) throw new StoppedBeforeBrowser('stopped before the browser opened');
        options.onAuthorizeUrl?.(url);
        await options.openBrowser(url);
      },
    });
    return { ok: true, result };
  } catch (error) {
    return stoppedBecause ? { ok: false, error, stoppedBecause } : { ok: false, error };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await cancelling;
  }
}
