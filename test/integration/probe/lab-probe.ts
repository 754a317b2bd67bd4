/** Helpers for probing the Office 365 lab: one request shape, the lab's root trusted, names mapped to 127.0.0.1. */
import type { Evidence, ProbeEvent, ProbeRequest, ProbeResult, StageId, StageStatus } from '../../../shared/types';
import { runProbe, type ProbeDeps } from '../../../electron/probe/run-probe';
import type { Lab } from '../../lab';

export const LAB_HOST = 'smtp.office365.com';

export function labRequest(lab: Lab, overrides: Partial<ProbeRequest> = {}, mode: 'password' | 'oauth' | 'none' = 'password'): ProbeRequest {
  const auth: ProbeRequest['auth'] =
    mode === 'none'
      ? { method: 'none' }
      : mode === 'oauth'
        ? { method: 'oauth2', user: lab.credentials.user, accessToken: lab.credentials.accessToken }
        : { method: 'password', user: lab.credentials.user, password: lab.credentials.password };
  return { host: LAB_HOST, port: lab.port, security: lab.security === 'none' ? 'starttls' : lab.security, auth, ...overrides };
}

/**
 * The lab resolves smtp.office365.com to itself; nothing ever leaves 127.0.0.1. A silent
 * port knocks on no other port unless the test names lab ports for it (`siblingPorts`):
 * what else listens on this machine's 443 or 25 must not decide a lab test.
 */
export function labDeps(lab: Lab, overrides: Partial<ProbeDeps> = {}): ProbeDeps {
  return { resolver: async () => ['127.0.0.1'], extraCa: [lab.caPem], env: {}, isOnline: () => true, siblingPorts: [], ...overrides };
}

/** Runs a probe and keeps every event it streamed. */
export async function collect(request: ProbeRequest, deps: ProbeDeps, signal?: AbortSignal) {
  const events: ProbeEvent[] = [];
  const result = await runProbe(request, deps, (event) => events.push(event), signal);
  return { result, events };
}

export function probeLab(lab: Lab, request: ProbeRequest, deps: ProbeDeps = labDeps(lab), signal?: AbortSignal) {
  return collect(request, deps, signal);
}

export function statuses(result: ProbeResult): Partial<Record<StageId, StageStatus>> {
  return Object.fromEntries(result.stages.map((stage) => [stage.id, stage.status]));
}

export function stageOf(result: ProbeResult, id: StageId) {
  const stage = result.stages.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage ${id} in ${result.stages.map((s) => s.id).join(',')}`);
  return stage;
}

export function factsOf(evidence: Evidence[]): string[] {
  return evidence.flatMap((e) => (e.kind === 'fact' ? [e.fact] : []));
}

// One definition of the leak forms for every canary (test/fixtures/lab-oauth.ts).
export { leakForms } from '../../fixtures/lab-oauth';

/** Handles and timers present now that were not in `baseline` (by kind and count). */
export function newResources(baseline: string[], now: string[]): string[] {
  const left = [...baseline];
  return now.filter((kind) => {
    const index = left.indexOf(kind);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/**
 * What the run left behind: handles and timers not in the baseline, after giving the
 * lab's own server-side sockets a moment to see our FIN and close.
 */
export async function leftBehind(baseline: string[], withinMs = 300): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const extra = newResources(baseline, process.getActiveResourcesInfo().filter((r) => r !== 'Immediate'));
    if (extra.length === 0 || Date.now() > deadline) return extra;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
