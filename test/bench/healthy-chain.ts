/**
 * The healthy path every "healthy" measurement uses:
 * client → connection clock → delay proxy (25 ms each way = 50 ms RTT) → healthy lab server.
 */
import { startDelayProxy, startLab, type DelayProxy, type Lab } from '../lab';
import { startConnectionClock, type ClockedConnection, type ConnectionClock } from './connection-clock';

/** delay-proxy holds each chunk delayMs in each direction: RTT = 2 × delayMs. */
export const HALF_RTT_MS = 25;
export const RTT_MS = 2 * HALF_RTT_MS;

export interface HealthyChain {
  lab: Lab;
  proxy: DelayProxy;
  clock: ConnectionClock;
  /** Where clients connect. */
  port: number;
  close(): Promise<void>;
}

export async function startHealthyChain(): Promise<HealthyChain> {
  const lab = await startLab('healthy');
  const proxy = await startDelayProxy({ targetPort: lab.port, delayMs: HALF_RTT_MS });
  const clock = await startConnectionClock(proxy.port);
  return {
    lab,
    proxy,
    clock,
    port: clock.port,
    close: async () => {
      await clock.close();
      await proxy.close();
      await lab.close();
    },
  };
}

/**
 * Runs one client session and returns its connection as the clock saw it. Some
 * clients (verify()) settle before their socket has closed, so this waits for the close.
 */
export async function clocked<T>(clock: ConnectionClock, session: () => Promise<T>): Promise<{ value: T; connection: ClockedConnection }> {
  clock.reset();
  const value = await session();
  for (let i = 0; i < 250 && clock.connections().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  const [connection] = clock.connections();
  if (connection === undefined) throw new Error('connection clock saw no closed connection within 5 s');
  return { value, connection };
}
