import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Resolves a host name to addresses; tests map names to 127.0.0.1. */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export type ResolveOutcome =
  | { ok: true; addresses: string[]; literal: boolean }
  | { ok: false; reason: 'timeout' | 'aborted' | 'error'; error?: NodeJS.ErrnoException };

/** Resolves with a deadline; an IP literal needs no lookup. */
export async function resolveHost(host: string, resolver: Resolver, timeoutMs: number, signal?: AbortSignal): Promise<ResolveOutcome> {
  if (isIP(host)) return { ok: true, addresses: [host], literal: true };
  if (signal?.aborted) return { ok: false, reason: 'aborted' };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<ResolveOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs);
    onAbort = () => resolve({ ok: false, reason: 'aborted' });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const lookupResult = resolver(host).then(
    (addresses): ResolveOutcome =>
      addresses.length > 0
        ? { ok: true, addresses, literal: false }
        : { ok: false, reason: 'error', error: Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }) },
    (error: NodeJS.ErrnoException): ResolveOutcome => ({ ok: false, reason: 'error', error }),
  );
  try {
    return await Promise.race([lookupResult, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
