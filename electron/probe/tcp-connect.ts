import net from 'node:net';

export type ConnectOutcome =
  | { ok: true; socket: net.Socket; address: string }
  | { ok: false; reason: 'timeout' | 'aborted' | 'error'; error?: NodeJS.ErrnoException };

/**
 * Opens the TCP connection with its own deadline, so a silently dropped SYN becomes a
 * verdict in seconds. Several addresses are tried Happy-Eyeballs style by Node itself.
 */
export function connectTcp(addresses: readonly string[], port: number, timeoutMs: number, signal?: AbortSignal): Promise<ConnectOutcome> {
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

    function finish(outcome: ConnectOutcome) {
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
