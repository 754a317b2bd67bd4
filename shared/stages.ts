/**
 * What a probe stage is, in one table: the security modes it runs in (wire order is the
 * table's order), the SMTP command its reply answers, which timeout bounds it, and the
 * words for it. The plan, the commands, the timeouts and the timeline's labels all derive
 * from here, so a new stage is one row (see docs/architecture.md, "Adding a stage").
 */
import type { MessageKey } from './i18n';
import type { ProbeTimeouts, Security } from './types';

interface StageSpec {
  /** Security modes whose conversation has this stage. */
  modes: readonly Security[];
  /** The command the stage's reply answers, named in reply evidence ("CONNECT" for the greeting). */
  command: string;
  /** Which of the per-stage timeouts bounds it. */
  timeout: keyof ProbeTimeouts;
  /** Its name in plain words. */
  name: MessageKey;
}

const ALL: readonly Security[] = ['starttls', 'tls', 'none'];

/**
 * In wire order. Implicit TLS secures the socket before the greeting, and its only EHLO is
 * already inside TLS; plain sessions have no TLS stage. The optional stages (auth and the
 * test message) stay in every plan so the timeline shows them as "not tried", not a gap.
 */
export const STAGES = {
  resolve: { modes: ALL, command: 'RESOLVE', timeout: 'resolve', name: 'probe.stage.resolve.name' },
  connect: { modes: ALL, command: 'CONNECT', timeout: 'connect', name: 'probe.stage.connect.name' },
  tls: { modes: ['tls'], command: 'CONNECT', timeout: 'tls', name: 'probe.stage.tls.name' },
  greeting: { modes: ALL, command: 'CONNECT', timeout: 'greeting', name: 'probe.stage.greeting.name' },
  ehlo: { modes: ALL, command: 'EHLO', timeout: 'command', name: 'probe.stage.ehlo.name' },
  starttls: { modes: ['starttls'], command: 'STARTTLS', timeout: 'tls', name: 'probe.stage.starttls.name' },
  'ehlo-tls': { modes: ['starttls'], command: 'EHLO', timeout: 'command', name: 'probe.stage.ehlo-tls.name' },
  auth: { modes: ALL, command: 'AUTH', timeout: 'command', name: 'probe.stage.auth.name' },
  'mail-from': { modes: ALL, command: 'MAIL FROM', timeout: 'command', name: 'probe.stage.mail-from.name' },
  'rcpt-to': { modes: ALL, command: 'RCPT TO', timeout: 'command', name: 'probe.stage.rcpt-to.name' },
  data: { modes: ALL, command: 'DATA', timeout: 'data', name: 'probe.stage.data.name' },
  quit: { modes: ALL, command: 'QUIT', timeout: 'command', name: 'probe.stage.quit.name' },
} as const satisfies Record<string, StageSpec>;

export type StageId = keyof typeof STAGES;

/** Every stage id, in wire order (for schemas and exhaustive checks). */
export const STAGE_IDS = Object.keys(STAGES) as [StageId, ...StageId[]];

/** The stages a probe in this security mode runs, in wire order. Shared so the UI can lay out the timeline first. */
export function planStages(security: Security): StageId[] {
  return STAGE_IDS.filter((id) => (STAGES[id].modes as readonly Security[]).includes(security));
}

/** The command a stage's reply answers, for evidence when nodemailer does not name it. */
export function commandOf(stage: StageId): string {
  return STAGES[stage].command;
}

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
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = Math.min(Math.round(value), MAX_TIMEOUT_MS);
  }
  return out;
}

/** Every timeout set to one value (the CLI's --timeout SECONDS). */
export function uniformTimeouts(ms: number): ProbeTimeouts {
  return resolveTimeouts({ resolve: ms, connect: ms, greeting: ms, tls: ms, command: ms, data: ms });
}

export function timeoutForStage(stage: StageId, timeouts: ProbeTimeouts): number {
  return timeouts[STAGES[stage].timeout];
}
