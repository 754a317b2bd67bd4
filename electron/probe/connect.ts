/**
 * The resolve and connect stages: a host name becomes addresses, an address becomes a
 * TCP socket, each with its own deadline so a silently dropped port is a verdict in
 * seconds. No SMTP is spoken here; the session starts on the socket this returns.
 */
import { lookup } from 'node:dns/promises';
import net, { type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { PRESETS } from '../../shared/presets';
import { stageDetail } from '../../shared/stage-details';
import type { Evidence } from '../../shared/types';
import type { Run } from './recorder';

/** Resolves a host name to addresses; tests map names to 127.0.0.1. */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Whether any non-loopback network interface is up (no network at all → 'offline'). */
export function hasNetworkInterface(): boolean {
  return Object.values(networkInterfaces()).some((list) => (list ?? []).some((entry) => !entry.internal));
}

const OFFLINE: Evidence = { kind: 'fact', fact: 'offline', detail: 'no network interface is up' };

/** Runs resolve and connect. Returns the connected socket, or null when either failed or the run was cancelled. */
export async function openConnection(run: Run, resolver: Resolver, isOnline: () => boolean): Promise<Socket | null> {
  const { rec, request, transcript, timeouts } = run;

  rec.begin('resolve');
  const resolved = await resolveHost(request.host, resolver, timeouts.resolve, run.signal);
  if (!resolved.ok) {
    if (resolved.reason === 'aborted') return cancelled(run);
    const timedOut = resolved.reason === 'timeout';
    const code = timedOut ? 'EAI_AGAIN' : (resolved.error?.code ?? 'ENOTFOUND');
    const message = timedOut ? `DNS lookup timed out after ${timeouts.resolve} ms` : (resolved.error?.message ?? 'lookup failed');
    const evidence: Evidence[] = [{ kind: 'socket-error', code, message }];
    if (!isOnline()) evidence.push(OFFLINE);
    transcript.error(`could not resolve ${request.host}: ${message}`);
    rec.end('fail', stageDetail('resolve.failed', { host: request.host, code }), evidence);
    return null;
  }
  if (resolved.literal) {
    // Microsoft: "You must use the DNS name smtp.office365.com. Do not use an IP address."
    const microsoftPreset = request.presetId !== undefined && PRESETS[request.presetId].microsoft;
    rec.end(microsoftPreset ? 'warn' : 'pass', stageDetail(microsoftPreset ? 'resolve.literal-microsoft' : 'resolve.literal'));
  } else {
    const addresses = resolved.addresses.join(', ');
    transcript.info(`resolved ${request.host} to ${addresses}`);
    rec.end('pass', stageDetail('resolve.resolved', { host: request.host, addresses }));
  }

  rec.begin('connect');
  transcript.info(`Trying ${request.host}:${request.port}...`);
  const facts: Evidence[] = [];
  if (request.port === 465 && run.microsoftHost) {
    facts.push({ kind: 'fact', fact: 'port-465-microsoft', detail: 'Microsoft does not offer SMTP submission on port 465' });
  }
  const connected = await connectTcp(resolved.addresses, request.port, timeouts.connect, run.signal);
  if (!connected.ok) {
    if (connected.reason === 'aborted') return cancelled(run);
    const socketError =
      connected.reason === 'timeout'
        ? { code: 'ETIMEDOUT', message: `no answer from port ${request.port} within ${timeouts.connect} ms` }
        : { code: connected.error?.code ?? 'ECONNECTION', message: connected.error?.message ?? 'connection failed' };
    const evidence: Evidence[] = [{ kind: 'socket-error', ...socketError }];
    if (connected.reason === 'timeout') {
      evidence.push({ kind: 'fact', fact: 'timeout', detail: 'the connection attempt got no answer (a firewall may drop it)', params: { ms: timeouts.connect, port: request.port } });
    }
    if (!isOnline()) evidence.push(OFFLINE);
    transcript.error(`${socketError.code}: ${socketError.message}`);
    rec.end('fail', stageDetail('connect.failed', socketError), [...evidence, ...facts]);
    return null;
  }
  transcript.info(`Connected to ${connected.address}:${request.port}`);
  if (request.security === 'none') facts.push({ kind: 'fact', fact: 'plain-connection', detail: 'this session is not encrypted' });
  rec.end(facts.length > 0 ? 'warn' : 'pass', stageDetail('connect.connected', { address: connected.address, port: request.port }), facts);
  return connected.socket;
}

function cancelled(run: Run): null {
  run.rec.cancel();
  return null;
}

type Outcome<T> = ({ ok: true } & T) | { ok: false; reason: 'timeout' | 'aborted' | 'error'; error?: NodeJS.ErrnoException };

/** Resolves with a deadline; an IP literal needs no lookup. */
export async function resolveHost(host: string, resolver: Resolver, timeoutMs: number, signal?: AbortSignal): Promise<Outcome<{ addresses: string[]; literal: boolean }>> {
  if (net.isIP(host)) return { ok: true, addresses: [host], literal: true };
  if (signal?.aborted) return { ok: false, reason: 'aborted' };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<Outcome<never>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs);
    onAbort = () => resolve({ ok: false, reason: 'aborted' });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const lookedUp = resolver(host).then(
    (addresses) =>
      addresses.length > 0
        ? ({ ok: true, addresses, literal: false } as const)
        : ({ ok: false, reason: 'error', error: Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }) } as const),
    (error: NodeJS.ErrnoException) => ({ ok: false, reason: 'error', error }) as const,
  );
  try {
    return await Promise.race([lookedUp, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Opens the TCP connection with its own deadline. Several addresses are tried Happy
 * Eyeballs style by Node itself.
 */
export function connectTcp(addresses: readonly string[], port: number, timeoutMs: number, signal?: AbortSignal): Promise<Outcome<{ socket: Socket; address: string }>> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, reason: 'aborted' });
      return;
    }
    const first = addresses[0] ?? '127.0.0.1';
    const options: net.NetConnectOpts =
      addresses.length > 1
        ? {
            host: 'probe-target',
            port,
            autoSelectFamily: true,
            lookup: (_host, _opts, callback) =>
              (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(
                null,
                addresses.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 })),
              ),
          }
        : { host: first, port };
    const socket = net.connect(options);
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish({ ok: true, socket, address: socket.remoteAddress ?? first }));
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ ok: false, reason: 'error', error }));

    function finish(outcome: Outcome<{ socket: Socket; address: string }>) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('connect');
      socket.removeAllListeners('error');
      if (outcome.ok) {
        resolve(outcome);
        return;
      }
      // Swallow late errors from the abandoned attempt and answer once its handle is
      // released, so no socket outlives the probe.
      socket.on('error', () => {});
      if (socket.closed) resolve(outcome);
      else socket.once('close', () => resolve(outcome));
      socket.destroy();
    }
  });
}
