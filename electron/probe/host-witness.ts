/**
 * Evidence for a silent port: is the host up? While the chosen port's SYN goes
 * unanswered, a knock on another port of the same address (a TCP handshake and nothing
 * more) tells a port that something drops from a host that is down or unreachable. A
 * SYN-ACK and a RST both prove the host is there; the time to either is one round trip.
 * connect.ts decides when to ask and what the answer means; this file only knocks.
 */
import net from 'node:net';

/** The host answered on another port. */
export interface HostAnswer {
  port: number;
  /** SYN → SYN-ACK or RST, in ms: one round trip to the host. */
  rttMs: number;
  how: 'connected' | 'refused';
}

/** Where the connect stage hears that its host answered elsewhere. */
export interface HostWitness {
  /**
   * The first answer `address` gave on a port other than `port`; null once `stop` aborts
   * without one. Anything opened for it is closed before the promise settles.
   */
  heard(address: string, port: number, stop: AbortSignal): Promise<HostAnswer | null>;
  /** What this probe's own connect saw; a witness shared by several probes passes it on. */
  tell(address: string, answer: HostAnswer): void;
}

/**
 * Where to knock, two ports at most (a knock, not a scan): 443 first, because HTTPS is
 * open on nearly every network that lets anything out, and Microsoft's SMTP host names
 * are served by front ends that also answer HTTPS; then the first submission port that
 * is not the chosen one, 587 before 25 before 465 — Microsoft listens on 587 and 25 and
 * not on 465, and home networks often block 25 outbound.
 */
const KNOCK_ORDER = [443, 587, 25, 465] as const;

export function siblingPortsFor(port: number): number[] {
  return KNOCK_ORDER.filter((candidate) => candidate !== port).slice(0, 2);
}

/** One TCP handshake to address:port; resolves with the answer once the socket is closed. */
export function knock(address: string, port: number, stop: AbortSignal): Promise<HostAnswer | null> {
  return new Promise((resolve) => {
    if (stop.aborted) {
      resolve(null);
      return;
    }
    const t0 = performance.now();
    const socket = net.connect({ host: address, port });
    let answer: HostAnswer | null = null;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      stop.removeEventListener('abort', finish);
      socket.removeAllListeners('connect');
      socket.removeAllListeners('error');
      socket.on('error', () => {});
      if (socket.closed) resolve(answer);
      else {
        socket.once('close', () => resolve(answer));
        socket.destroy();
      }
    };
    const answered = (how: HostAnswer['how']) => {
      answer = { port, rttMs: Math.round((performance.now() - t0) * 10) / 10, how };
      finish();
    };
    socket.once('connect', () => answered('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? answered('refused') : finish()));
    stop.addEventListener('abort', finish, { once: true });
  });
}

/** A probe's own witness: knocks on `ports` (the chosen one left out) when asked, in parallel. */
export function knockingWitness(ports: readonly number[]): HostWitness {
  return {
    async heard(address, port, stop) {
      const enough = new AbortController();
      const onStop = () => enough.abort();
      stop.addEventListener('abort', onStop, { once: true });
      let first: HostAnswer | null = null;
      const knocks = ports
        .filter((candidate) => candidate !== port)
        .map((candidate) =>
          knock(address, candidate, enough.signal).then((answer) => {
            if (answer && !first) {
              first = answer;
              enough.abort(); // one answer is enough: close the other knock
            }
          }),
        );
      await Promise.all(knocks);
      stop.removeEventListener('abort', onStop);
      return first;
    },
    tell() {},
  };
}

export interface SharedWitness extends HostWitness {
  /** Closes any knock still open; call once every probe sharing it has finished. */
  close(): Promise<void>;
}

/**
 * A witness for several probes of the same host (discover's port matrix): what one
 * probe's connect saw answers the others, and each address gets at most one knock on
 * `ports` (the ports the matrix does not cover), however many of its ports are silent.
 */
export function sharedWitness(ports: readonly number[]): SharedWitness {
  const answers = new Map<string, HostAnswer[]>();
  const waiters = new Set<{ address: string; port: number; settle(answer: HostAnswer | null): void }>();
  const knocks = new Map<string, Promise<void>>();
  const closing = new AbortController();
  const tell = (address: string, answer: HostAnswer) => {
    answers.set(address, [...(answers.get(address) ?? []), answer]);
    for (const waiter of waiters) if (waiter.address === address && waiter.port !== answer.port) waiter.settle(answer);
  };
  return {
    tell,
    heard(address, port, stop) {
      const known = answers.get(address)?.find((answer) => answer.port !== port);
      if (known) return Promise.resolve(known);
      if (!knocks.has(address)) {
        const knocking = ports
          .filter((candidate) => candidate !== port)
          .map((candidate) => knock(address, candidate, closing.signal).then((answer) => answer && tell(address, answer)));
        knocks.set(address, Promise.all(knocking).then(() => undefined));
      }
      return new Promise((resolve) => {
        if (stop.aborted) {
          resolve(null);
          return;
        }
        const waiter = {
          address,
          port,
          settle(answer: HostAnswer | null) {
            waiters.delete(waiter);
            stop.removeEventListener('abort', onStop);
            resolve(answer);
          },
        };
        const onStop = () => waiter.settle(null);
        waiters.add(waiter);
        stop.addEventListener('abort', onStop, { once: true });
      });
    },
    async close() {
      closing.abort();
      await Promise.all(knocks.values());
      for (const waiter of waiters) waiter.settle(null);
    },
  };
}
