/**
 * Runs one fuzz case through the probe's public API (runProbe) against its hostile
 * server and records what the checks need: did it crash, how long did it take against
 * its budget, what did it conclude, did it pass AUTH without a real 235, and how big are
 * its transcript and result.
 */
import { planStages, runProbe } from '../../../electron/probe';
import { classifyAll } from '../../../shared/findings';
import { hasUnsafeCharacters } from '../../../shared/text-safety';
import type { ProbeRequest, ProbeResult, ProbeTimeouts, StageId, StageStatus } from '../../../shared/types';
import type { FuzzCase } from './fuzz-case';
import { startHostileServer } from './hostile-server';

/** Tight per-stage timeouts keep 2,000 cases fast; every hostile wait ends at one of them. */
export const FUZZ_TIMEOUTS: ProbeTimeouts = { resolve: 300, connect: 400, greeting: 300, tls: 400, command: 300, data: 400 };
/**
 * A healthy server never makes the probe wait out a timeout, so its cases can afford
 * generous ones: "a healthy server passes" must not depend on how busy the machine is.
 */
export const HEALTHY_TIMEOUTS: ProbeTimeouts = { resolve: 3000, connect: 3000, greeting: 3000, tls: 3000, command: 3000, data: 3000 };
/** Scheduling room on a loaded 2-core machine, on top of the sum of the stage timeouts. */
export const BUDGET_GRACE_MS = 1500;
/**
 * The same room for one stage over its own timeout. Time the process was not run at all
 * (measured as event-loop lag, run-fuzz.ts) is allowed on top: on the shared 2-core
 * machine other work once stalled every case in flight by about a second together,
 * which says nothing about the probe's timers.
 */
export const STAGE_GRACE_MS = 500;

export const FUZZ_CREDENTIALS = { user: 'fuzz.user@contoso.example', password: 'Fuzz-Canary-Pa55w0rd!', accessToken: 'eyJ0eXAiOiJKV1QifQ.eyJmdXp6Ijp0cnVlfQ.fuzz-canary-signature' };

export interface CaseOutcome {
  fuzz: FuzzCase;
  /** The error runProbe threw or rejected with; null when it returned a result. */
  crashed: string | null;
  durationMs: number;
  budgetMs: number;
  verdict: ProbeResult['verdict'] | null;
  authStatus: StageStatus | null;
  /** AUTH was recorded as passed but the server never sent a real 235. */
  passWithout235: boolean;
  /** A healthy-server case that did not end as a healthy server should (see healthyVerdict). */
  healthyFailed: boolean;
  transcriptLines: number;
  transcriptBytes: number;
  longestLine: number;
  resultBytes: number;
  /** Stages that ran longer than their own timeout, and by how much. */
  stageOverruns: { id: StageId; durationMs: number; overMs: number }[];
  /** performance.now() when the case started and ended, to match against event-loop lag. */
  startedAt: number;
  endedAt: number;
  /** Transcript lines, stage details or reply texts holding raw control characters. */
  unsafeEvidence: number;
  result: ProbeResult | null;
}

/** What a healthy server must get: a pass, or on a plain connection a warning (and no sign-in over it). */
export function healthyVerdict(fuzz: FuzzCase): ProbeResult['verdict'] {
  if (fuzz.security !== 'none') return 'pass';
  return fuzz.auth === 'none' ? 'warn' : 'fail';
}

function stageTimeout(stage: StageId, t: ProbeTimeouts): number {
  if (stage === 'resolve' || stage === 'connect' || stage === 'greeting' || stage === 'data') return t[stage];
  if (stage === 'starttls' || stage === 'tls') return t.tls;
  return t.command;
}

export function timeoutsFor(fuzz: FuzzCase): ProbeTimeouts {
  return fuzz.moment === null ? HEALTHY_TIMEOUTS : FUZZ_TIMEOUTS;
}

export function requestFor(fuzz: FuzzCase, port: number): ProbeRequest {
  const auth: ProbeRequest['auth'] =
    fuzz.auth === 'password'
      ? { method: 'password', user: FUZZ_CREDENTIALS.user, password: FUZZ_CREDENTIALS.password }
      : fuzz.auth === 'oauth2'
        ? { method: 'oauth2', user: FUZZ_CREDENTIALS.user, accessToken: FUZZ_CREDENTIALS.accessToken }
        : { method: 'none' };
  return {
    host: '127.0.0.1',
    port,
    security: fuzz.security,
    auth,
    timeouts: timeoutsFor(fuzz),
    ...(fuzz.sendTest ? { sendTestTo: FUZZ_CREDENTIALS.user } : {}),
  };
}

function countUnsafe(result: ProbeResult): number {
  let count = result.transcript.filter((line) => hasUnsafeCharacters(line.text, { multiline: false })).length;
  for (const stage of result.stages) {
    // A detail is a code with parameters; the parameters carry server text.
    const params = Object.values(stage.detail.params as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
    if (params.some((text) => hasUnsafeCharacters(text, { multiline: false }))) count++;
    for (const e of stage.evidence ?? []) if (e.kind === 'reply' && hasUnsafeCharacters(e.text)) count++;
  }
  return count;
}

export async function runCase(fuzz: FuzzCase, tls: { key: string; cert: string; rootPem: string }): Promise<CaseOutcome> {
  const server = await startHostileServer(fuzz, tls);
  const request = requestFor(fuzz, server.port);
  const timeouts = timeoutsFor(fuzz);
  const budgetMs = planStages(request.security).reduce((sum, stage) => sum + stageTimeout(stage, timeouts), BUDGET_GRACE_MS);
  const started = performance.now();
  let result: ProbeResult | null = null;
  let crashed: string | null = null;
  try {
    result = await runProbe(
      request,
      { extraCa: [tls.rootPem], tlsServername: 'smtp.office365.com', env: {}, systemCertificates: () => [], isOnline: () => true, classify: classifyAll },
      () => undefined,
    );
  } catch (error) {
    crashed = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    await server.close();
  }
  const durationMs = performance.now() - started;
  const auth = result?.stages.find((s) => s.id === 'auth') ?? null;
  const authStatus = auth?.status ?? null;
  const lines = result?.transcript ?? [];
  return {
    fuzz,
    crashed,
    durationMs,
    budgetMs,
    verdict: result?.verdict ?? null,
    authStatus,
    passWithout235: (authStatus === 'pass' || authStatus === 'warn') && !server.observed.sent235,
    healthyFailed: fuzz.moment === null && result?.verdict !== healthyVerdict(fuzz),
    transcriptLines: lines.length,
    transcriptBytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line.text, 'utf8') + 8, 0),
    longestLine: lines.reduce((max, line) => Math.max(max, line.text.length), 0),
    resultBytes: result ? Buffer.byteLength(JSON.stringify(result), 'utf8') : 0,
    stageOverruns: (result?.stages ?? [])
      .map((stage) => ({ id: stage.id, durationMs: stage.durationMs, overMs: stage.durationMs - stageTimeout(stage.id, timeouts) }))
      .filter((stage) => stage.overMs > 0),
    startedAt: started,
    endedAt: started + durationMs,
    unsafeEvidence: result ? countUnsafe(result) : 0,
    result,
  };
}
