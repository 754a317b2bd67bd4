/**
 * A run, from start to "remember": the page names the run (so it can listen before the
 * first event), the credential is resolved (Microsoft sign-in: oauth-credential.ts turns
 * the page's `{ method: 'oauth2', account }` into a fresh token here, or into a failed
 * sign-in the person can act on), the probe runs, and the result and its password are kept
 * by the one retention rule of run-store.ts. Secrets go in with the request and never come
 * back out of main; a token is not even kept for "remember" (the keychain cache holds it).
 */
import type { SaveProfileResponse } from '../../shared/contract';
import type { OAuthFailure } from '../../shared/oauth';
import { err, ok, type Result } from '../../shared/result';
import type { PageProbeRequest } from '../../shared/sign-in-ipc';
import { signInFailedResult } from '../../shared/sign-in-result';
import type { ProbeEvent, ProbeRequest, ProbeResult, RedactedProbeRequest } from '../../shared/types';
import { checkProbeRequest } from '../../shared/validation';
import { runProbe, type ProbeDeps } from '../probe';
import { rememberAfterTest } from '../vault/credential-policy';
import type { Vault } from '../vault/vault';
import { createRunStore } from './run-store';

/** What a run may be started with: the page's request (an account by key), or one main already holds a token for. */
export type RunRequest = PageProbeRequest | ProbeRequest;

/** What the credential resolver decided: the engine's request, or a sign-in that failed before any test. */
export type ResolvedRun =
  | { kind: 'probe'; request: ProbeRequest }
  /** `request` is the test that was asked for, already without secrets; the run ends as a failed `auth` stage. */
  | { kind: 'sign-in-failed'; failure: OAuthFailure; request: RedactedProbeRequest; durationMs: number };

/** Turns the request the page sent into the one the engine runs, or says why it cannot (as data). */
export type ResolveAuth = (request: RunRequest, signal: AbortSignal) => Promise<Result<ResolvedRun>>;

/** Without a resolver, a request is run as it came; an account by key cannot be (nothing can sign in). */
const asSent: ResolveAuth = async (request) => {
  if (request.auth.method === 'oauth2' && 'account' in request.auth) return err('INVALID_INPUT', 'Microsoft sign-in is not available here', 'auth');
  return ok({ kind: 'probe', request: request as ProbeRequest });
};

export interface RunsServiceDeps {
  /** Every event of every run, keyed by run id (the IPC layer forwards them to the window). */
  onEvent: (event: ProbeEvent) => void;
  vault: Vault;
  /** Engine dependencies, the classifier included (electron/findings-wiring.ts). */
  probe?: Omit<ProbeDeps, 'runId'>;
  /** Default: the request as it came (a password, or a token the caller already has). */
  resolveAuth?: ResolveAuth;
  now?: () => number;
}

export type Remembered = Pick<SaveProfileResponse, 'remembered' | 'keychainReason'>;

export interface RunsService {
  /** Starts a probe under `runId`; resolves once it runs. A used id or a bad request is refused as data. */
  start(runId: string, request: RunRequest): Promise<Result<{ runId: string }>>;
  /** Cancels a run (its verdict becomes 'cancelled'); NOT_FOUND for a run this service does not know. */
  cancel(runId: string): Result<{ cancelled: boolean }>;
  /** The final result of a run started here, while it runs or after it ended. */
  result(runId: string): Promise<ProbeResult> | undefined;
  /** Run ids still in progress. */
  running(): string[];
  /** The run's own secret, only to strip it from a report of that run. */
  secretsOf(runId: string): string[];
  /** Stores the run's password for `account` when the box was ticked and that account really signed in. */
  remember(runId: string, account: { address: string; user: string }, remember: boolean): Promise<Remembered>;
  /** Forgets every password held in memory. */
  forgetSecrets(): void;
}

export function createRunsService(deps: RunsServiceDeps): RunsService {
  const active = new Map<string, AbortController>();
  const used = new Set<string>();
  const store = createRunStore({ ...(deps.now ? { now: deps.now } : {}), isRunning: (id) => active.has(id) });
  const resolveAuth = deps.resolveAuth ?? asSent;

  /** A sign-in that failed before the test: its result streams and is kept like any other run's. */
  function settle(runId: string, failed: Extract<ResolvedRun, { kind: 'sign-in-failed' }>, startedAt: Date): void {
    const result = signInFailedResult({ runId, request: failed.request, failure: failed.failure, durationMs: failed.durationMs, startedAt });
    store.add(runId, Promise.resolve(result));
    const [auth] = result.stages;
    if (auth) deps.onEvent({ runId, type: 'stage-end', stage: auth });
    deps.onEvent({ runId, type: 'done', result });
  }

  return {
    async start(runId, request) {
      // Claimed before anything awaits, so a cancel sent right after start finds the run.
      if (used.has(runId)) return err('INVALID_INPUT', 'this run id was already used', 'runId');
      used.add(runId);
      const controller = new AbortController();
      active.set(runId, controller);
      const startedAt = new Date();
      let resolved: Result<ResolvedRun>;
      try {
        resolved = await resolveAuth(request, controller.signal);
      } catch (error) {
        active.delete(runId); // a bug in the resolver; the registry reports it as INTERNAL
        throw error;
      }
      const problem = resolved.ok && resolved.value.kind === 'probe' ? checkProbeRequest(resolved.value.request) : null;
      if (!resolved.ok || problem || controller.signal.aborted) {
        active.delete(runId);
        if (!resolved.ok) return resolved;
        return problem ? err('INVALID_INPUT', problem.message, problem.field) : err('CANCELLED', 'cancelled before it started');
      }
      if (resolved.value.kind === 'sign-in-failed') {
        active.delete(runId);
        settle(runId, resolved.value, startedAt);
        return ok({ runId });
      }
      const engineRequest = resolved.value.request;
      const run = runProbe(engineRequest, { ...deps.probe, runId }, deps.onEvent, controller.signal).finally(() => active.delete(runId));
      // A failure here would be a bug (runProbe reports problems as results); keep it observable.
      run.catch(() => {});
      store.add(runId, run, engineRequest.auth.method === 'password' ? engineRequest.auth.password : undefined);
      return ok({ runId });
    },
    cancel(runId) {
      const controller = active.get(runId);
      if (controller) {
        controller.abort();
        return ok({ cancelled: true });
      }
      return store.result(runId) ? ok({ cancelled: false }) : err('NOT_FOUND', 'no such test run');
    },
    result: (runId) => store.result(runId),
    running: () => [...active.keys()],
    secretsOf(runId) {
      const secret = store.secret(runId);
      return secret ? [secret] : [];
    },
    async remember(runId, account, remember) {
      const run = store.result(runId);
      if (!run) return { remembered: 'test-not-passed' };
      const result = await run;
      // The secret belongs to the account that signed in; never file it under another address.
      const sameAccount = result.request.auth.user !== undefined && result.request.auth.user === account.user;
      const outcome = await rememberAfterTest(deps.vault, {
        address: account.address,
        secret: sameAccount ? (store.secret(runId) ?? null) : null,
        remember,
        test: result,
      });
      if (!outcome.ok) {
        const reason = 'reason' in outcome.error ? outcome.error.reason : undefined;
        return { remembered: 'keychain-unavailable', ...(reason ? { keychainReason: reason } : {}) };
      }
      if (outcome.value.saved) store.takeSecret(runId);
      return { remembered: outcome.value.saved ? 'saved' : outcome.value.why };
    },
    forgetSecrets: () => store.forgetSecrets(),
  };
}
