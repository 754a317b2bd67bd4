import type { ProbeTimeouts, StageId } from '../../shared/types';

/**
 * Defaults turn a silently dropped port into a verdict in about 4 s (nodemailer waits
 * 120 s, swaks 30 s). Commands get longer: Microsoft can take seconds to answer AUTH.
 */
export const DEFAULT_TIMEOUTS: Readonly<ProbeTimeouts> = {
  resolve: 4000,
  connect: 4000,
  greeting: 5000,
  tls: 5000,
  command: 15000,
  data: 30000,
};

const MAX_TIMEOUT_MS = 10 * 60 * 1000;

/** Fills in defaults; values that are not positive finite numbers keep the default. */
export function resolveTimeouts(partial?: Partial<ProbeTimeouts>): ProbeTimeouts {
  const out = { ...DEFAULT_TIMEOUTS };
  for (const key of Object.keys(out) as (keyof ProbeTimeouts)[]) {
    const value = partial?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
      out[key] = Math.min(Math.round(value), MAX_TIMEOUT_MS);
    }
  }
  return out;
}

/** Every timeout set to one value (the CLI's --timeout SECONDS). */
export function uniformTimeouts(ms: number): ProbeTimeouts {
  return resolveTimeouts({ resolve: ms, connect: ms, greeting: ms, tls: ms, command: ms, data: ms });
}

export function timeoutForStage(stage: StageId, timeouts: ProbeTimeouts): number {
  switch (stage) {
    case 'resolve':
      return timeouts.resolve;
    case 'connect':
      return timeouts.connect;
    case 'greeting':
      return timeouts.greeting;
    case 'starttls':
    case 'tls':
      return timeouts.tls;
    case 'data':
      return timeouts.data;
    default:
      return timeouts.command;
  }
}
