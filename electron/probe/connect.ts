/**
 * The resolve and connect stages: a host name becomes addresses, an address becomes a
 * TCP socket, each with its own deadline so a silently dropped port is a verdict in
 * seconds. A port that stays silent while the same address answers on another port
 * (host-witness.ts) is judged by that evidence, sooner than the timer. No SMTP is
 * spoken here; the session starts on the socket this returns.
 */
import { lookup } from 'node:dns/promises';
import net, { type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { PRESETS } from '../../shared/presets';
import { stageDetail } from '../../shared/stage-details';
import type { Evidence, StageDetail } from '../../shared/types';
import type { HostAnswer, HostWitness } from './host-witness';
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

/**
 * When a silent port is judged by evidence: the host answered elsewhere, and the chosen
 * port stayed silent for max(SILENT_MIN_MS, SILENT_RTT_FACTOR × that round trip) — long
 * enough for a slow path, and for a lost first SYN to be sent again where the system
 * resends it after 1 s (Linux, macOS; Windows waits 3 s, so there one lost SYN can
 * still read as blocked, as with any timer this short).
 */
export const SILENT_MIN_MS = 1500;
export const SILENT_RTT_FACTOR = 5;
/**
 * Knocks start only after the chosen port has been silent this long, so a probe whose
 * port answers opens no second connection; a knock sent then still answers long before
 * SILENT_MIN_MS.
 */
export const KNOCK_AFTER_MS = 250;

export interface ConnectDeps {
  resolver: Resolver;
  isOnline: () => boolean;
  witness: HostWitness;
  /** Work to do while the SYN is in flight (the TLS trust store is built here). */
  whileConnecting?: () => void;
}

/** Runs resolve and connect. Returns the connected socket, or null when either failed or the run was cancelled. */
export async function openConnection(run: Run, deps: ConnectDeps): Promise<Socket | null> {
  const { rec, request, transcript, timeouts } = run;

  rec.begin('resolve');
  const resolved = await resolveHost(request.host, deps.resolver, timeouts.resolve, run.signal);
  if (!resolved.ok) {
    if (resolved.reason === 'aborted') return cancelled(run);
    const timedOut = resolved.reason === 'timeout';
    const code = timedOut ? 'EAI_AGAIN' : (resolved.error?.code ?? 'ENOTFOUND');
    const message = timedOut ? `DNS lookup timed out after ${timeouts.resolve} ms` : (resolved.error?.message ?? 'lookup failed');
    const evidence: Evidence[] = [{ kind: 'socket-error', code, message }];
    if (!deps.isOnline()) evidence.push(OFFLINE);
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
  const facts: Evidence[] = request.port === 465 && run.microsoftHost ? [PORT_465_MICROSOFT] : [];
  const connected = await connectWatched(run, resolved.addresses, deps);
  if (!connected.ok) {
    if (connected.reason === 'aborted') return cancelled(run);
    rec.end('fail', ...failedConnect(run, connected, deps));
    return null;
  }
  transcript.info(`Connected to ${connected.address}:${request.port}`);
  if (request.security === 'none') facts.push({ kind: 'fact', fact: 'plain-connection', detail: 'this session is not encrypted' });
  rec.end(facts.length > 0 ? 'warn' : 'pass', stageDetail('connect.connected', { address: connected.address, port: request.port }), facts);
  return connected.socket;
}

/** Detail and evidence of a connect that failed: refused, unreachable, or silent (with or without the host answering elsewhere). */
function failedConnect(run: Run, failed: Extract<Watched, { ok: false }>, deps: ConnectDeps): [StageDetail, Evidence[]] {
  const { request, timeouts, transcript } = run;
  const { port } = request;
  const facts: Evidence[] = request.port === 465 && run.microsoftHost ? [PORT_465_MICROSOFT] : [];
  const { heard, waitedMs } = failed;
  if (failed.reason === 'error') {
    const socketError = { code: failed.error?.code ?? 'ECONNECTION', message: failed.error?.message ?? 'connection failed' };
    transcript.error(`${socketError.code}: ${socketError.message}`);
    return [stageDetail('connect.failed', socketError), [{ kind: 'socket-error', ...socketError }, ...offline(deps), ...facts]];
  }
  if (heard) {
    const socketError = { code: 'ETIMEDOUT', message: `no answer from port ${port} within ${waitedMs} ms` };
    const detail = `no answer on port ${port} within ${waitedMs} ms while the host ${heard.how === 'connected' ? 'accepted' : 'refused'} a connection on port ${heard.port} in ${heard.rttMs} ms`;
    const params = { port, waitedMs, siblingPort: heard.port, rttMs: heard.rttMs, answer: heard.how };
    transcript.error(`${socketError.code}: ${detail}`);
    return [
      stageDetail('connect.port-silent', { port, waitedMs, siblingPort: heard.port, rttMs: heard.rttMs }),
      [{ kind: 'socket-error', ...socketError }, { kind: 'fact', fact: 'port-silent-host-up', detail, params }, ...facts],
    ];
  }
  // Nothing answered anywhere: only the timer could end it.
  const socketError = { code: 'ETIMEDOUT', message: `no answer from port ${port} within ${timeouts.connect} ms` };
  const timeout: Evidence = { kind: 'fact', fact: 'timeout', detail: 'the connection attempt got no answer (a firewall may drop it)', params: { ms: timeouts.connect, port } };
  transcript.error(`${socketError.code}: ${socketError.message}`);
  return [stageDetail('connect.failed', socketError), [{ kind: 'socket-error', ...socketError }, timeout, ...offline(deps), ...facts]];
}

const PORT_465_MICROSOFT: Evidence = { kind: 'fact', fact: 'port-465-microsoft', detail: 'Microsoft does not offer SMTP submission on port 465' };

function offline(deps: ConnectDeps): Evidence[] {
  return deps.isOnline() ? [] : [OFFLINE];
}

type Watched = Outcome<{ socket: Socket; address: string }, 'silent'> & { heard: HostAnswer | null; waitedMs: number };

/**
 * The TCP connect, with a witness listening once the port has been silent for a moment:
 * when the host answers elsewhere and the port stays silent past the threshold, the
 * attempt ends as 'silent'. Every knock is closed before this returns.
 */
async function connectWatched(run: Run, addresses: readonly string[], deps: ConnectDeps): Promise<Watched> {
  const { port } = run.request;
  const address = addresses[0] ?? '127.0.0.1';
  const t0 = performance.now();
  const stop = new AbortController();
  const giveUp = new AbortController();
  const watching = watchSilence(deps.witness, address, port, stop.signal, giveUp);
  const connected = await connectTcp(addresses, port, run.timeouts.connect, run.signal, { giveUp: giveUp.signal, ...(deps.whileConnecting ? { whileConnecting: deps.whileConnecting } : {}) });
  const elapsedMs = performance.now() - t0;
  stop.abort();
  const heard = await watching;
  const rttMs = Math.round(elapsedMs * 10) / 10;
  if (connected.ok) deps.witness.tell(address, { port, rttMs, how: 'connected' });
  else if (connected.error?.code === 'ECONNREFUSED') deps.witness.tell(address, { port, rttMs, how: 'refused' });
  return { ...connected, heard, waitedMs: Math.round(elapsedMs) };
}

async function watchSilence(witness: HostWitness, address: string, port: number, stop: AbortSignal, giveUp: AbortController): Promise<HostAnswer | null> {
  const t0 = performance.now();
  if (!(await pause(KNOCK_AFTER_MS, stop))) return null;
  const answer = await witness.heard(address, port, stop);
  if (!answer) return null;
  const silentFor = Math.max(SILENT_MIN_MS, SILENT_RTT_FACTOR * answer.rttMs);
  if (await pause(t0 + silentFor - performance.now(), stop)) giveUp.abort();
  return answer;
}

/** Waits ms; true when the time passed, false when `signal` aborted first. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function cancelled(run: Run): null {
  run.rec.cancel();
  return null;
}

type Outcome<T, Extra extends string = never> = ({ ok: true } & T) | { ok: false; reason: 'timeout' | 'aborted' | 'error' | Extra; error?: NodeJS.ErrnoException };

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
 * Eyeballs style by Node itself. `giveUp` ends the attempt as 'silent'.
 */
export function connectTcp(
  addresses: readonly string[],
  port: number,
  timeoutMs: number,
  signal?: AbortSignal,
  more: { giveUp?: AbortSignal; whileConnecting?: () => void } = {},
): Promise<Outcome<{ socket: Socket; address: string }, 'silent'>> {
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
    const onGiveUp = () => finish({ ok: false, reason: 'silent' });
    signal?.addEventListener('abort', onAbort, { once: true });
    more.giveUp?.addEventListener('abort', onGiveUp, { once: true });
    socket.once('connect', () => finish({ ok: true, socket, address: socket.remoteAddress ?? first }));
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ ok: false, reason: 'error', error }));
    // After the SYN has left: nothing else happens until the answer.
    if (more.whileConnecting) setImmediate(more.whileConnecting);

    function finish(outcome: Outcome<{ socket: Socket; address: string }, 'silent'>) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      more.giveUp?.removeEventListener('abort', onGiveUp);
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
