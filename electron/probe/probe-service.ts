import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../../shared/types';
import { runProbe, type ProbeDeps } from './run-probe';
import { checkProbeRequest } from './validate-request';

export interface ProbeServiceDeps extends Omit<ProbeDeps, 'runId'> {
  /** Every event of every run, keyed by run id (electron/ipc.ts forwards them to the window). */
  onEvent: (event: ProbeEvent) => void;
}

export interface ProbeService {
  /** Starts a probe and returns its run id at once; progress arrives through onEvent. */
  start(request: ProbeRequest): Result<string>;
  /** Cancels a running probe (its verdict becomes 'cancelled'); false when no such run is active. */
  cancel(runId: string): boolean;
  /** The final result of a run started here, while it runs or after it ended. */
  result(runId: string): Promise<ProbeResult> | undefined;
  /** Run ids still in progress. */
  running(): string[];
}

/** How many finished results are kept for result(); older ones are dropped first. */
const KEEP_FINISHED = 20;

/**
 * The probe as a service for IPC: start → run id, cancel, events on one sink. Secrets
 * go in with the request and never come back: results and events carry a redacted copy.
 */
export function createProbeService(deps: ProbeServiceDeps): ProbeService {
  const { onEvent, ...probeDeps } = deps;
  const active = new Map<string, AbortController>();
  const results = new Map<string, Promise<ProbeResult>>();

  return {
    start(request) {
      const problem = checkProbeRequest(request);
      if (problem) return err('INVALID_INPUT', problem.message, problem.field);
      const runId = randomUUID();
      const controller = new AbortController();
      active.set(runId, controller);
      const run = runProbe(request, { ...probeDeps, runId }, onEvent, controller.signal).finally(() => active.delete(runId));
      // A failure here would be a bug (runProbe reports problems as results); keep it observable.
      run.catch(() => {});
      results.set(runId, run);
      while (results.size > KEEP_FINISHED + active.size) {
        const oldest = [...results.keys()].find((id) => !active.has(id));
        if (oldest === undefined) break;
        results.delete(oldest);
      }
      return ok(runId);
    },
    cancel(runId) {
      const controller = active.get(runId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    result(runId) {
      return results.get(runId);
    },
    running() {
      return [...active.keys()];
    },
  };
}
