/**
 * What main keeps of a run, and for how long: one retention rule, in one place. A run's
 * result (already redacted) stays for the last 20 runs, so a report can still be exported
 * from it. Its password stays in main memory only so that "remember" can store exactly
 * the secret that just signed in, without the page sending it again, and is dropped as
 * soon as any of these holds: it was stored, it is 15 minutes old, or five newer runs hold
 * a password. A password typed and walked away from does not stay for the whole session.
 */
import type { ProbeResult } from '../../shared/types';

const KEEP_RESULTS = 20;
const KEEP_SECRETS = 5;
const SECRET_TTL_MS = 15 * 60_000;

export interface RunStore {
  add(runId: string, result: Promise<ProbeResult>, secret?: string): void;
  result(runId: string): Promise<ProbeResult> | undefined;
  /** The run's password while the rule keeps it. */
  secret(runId: string): string | undefined;
  /** Gives the password back once and forgets it (after it was stored). */
  takeSecret(runId: string): string | undefined;
  /** Forgets every password ("forget everything"). */
  forgetSecrets(): void;
}

export interface RunStoreOptions {
  now?: () => number;
  /** Runs still in progress are never dropped. */
  isRunning?: (runId: string) => boolean;
}

export function createRunStore({ now = Date.now, isRunning = () => false }: RunStoreOptions = {}): RunStore {
  const runs = new Map<string, { result: Promise<ProbeResult>; secret?: string; at: number }>();

  function prune(): void {
    const withSecret = [...runs].filter(([, run]) => run.secret !== undefined);
    for (const [index, [, run]] of withSecret.entries()) {
      if (now() - run.at >= SECRET_TTL_MS || withSecret.length - index > KEEP_SECRETS) delete run.secret;
    }
    const finished = [...runs.keys()].filter((id) => !isRunning(id));
    for (const id of finished.slice(0, Math.max(0, finished.length - KEEP_RESULTS))) runs.delete(id);
  }

  return {
    add(runId, result, secret) {
      runs.set(runId, { result, at: now(), ...(secret === undefined ? {} : { secret }) });
      prune();
    },
    result(runId) {
      return runs.get(runId)?.result;
    },
    secret(runId) {
      prune();
      return runs.get(runId)?.secret;
    },
    takeSecret(runId) {
      prune();
      const run = runs.get(runId);
      const secret = run?.secret;
      if (run) delete run.secret;
      return secret;
    },
    forgetSecrets() {
      for (const run of runs.values()) delete run.secret;
    },
  };
}
