/** One signed-in session per client over the healthy chain, each checked for success. */
import { classifyAll } from '../../shared/findings';
import type { ProbeResult } from '../../shared/types';
import { runProbe } from '../../electron/probe';
import { labDeps, labRequest } from '../integration/probe/lab-probe';
import { labCaPath } from '../lab';
import { timeChild } from './child-timing';
import type { HealthyChain } from './healthy-chain';
import { timeVerify } from './nodemailer-peer';
import { SWAKS, swaksLoginArgs } from './swaks';

export interface OurRun {
  /** runProbe's own duration: call → QUIT answered and socket closed. */
  fullMs: number;
  /** Call → the 235 that settles the verdict. */
  verdictMs: number;
  /** Call → start of the connect stage (validation, trust store, resolve). */
  setupMs: number;
}

export type Client = () => Promise<number | OurRun>;

function verdictAt(result: ProbeResult): { verdictMs: number; setupMs: number } {
  const auth = result.stages.find((stage) => stage.id === 'auth');
  const connect = result.stages.find((stage) => stage.id === 'connect');
  if (result.verdict !== 'pass' || !auth || auth.status !== 'pass' || !connect) throw new Error(`healthy probe did not sign in: ${result.verdict}`);
  return { verdictMs: auth.startedAtMs + auth.durationMs, setupMs: connect.startedAtMs };
}

export function ourProbe(chain: HealthyChain, onEvent: () => void = () => undefined): () => Promise<OurRun> {
  const request = labRequest(chain.lab, { port: chain.port });
  // The classifier the app wires in (electron/handlers), so the work matches a real run.
  const deps = labDeps(chain.lab, { classify: classifyAll });
  return async () => {
    const result = await runProbe(request, deps, onEvent);
    return { fullMs: result.durationMs, ...verdictAt(result) };
  };
}

export function nodemailerVerify(chain: HealthyChain): () => Promise<number> {
  const { lab } = chain;
  const target = { port: chain.port, user: lab.credentials.user, password: lab.credentials.password, caPem: lab.caPem, servername: lab.servername };
  return () => timeVerify(target);
}

export async function swaksLogin(chain: HealthyChain): Promise<() => Promise<number>> {
  const { lab } = chain;
  const args = swaksLoginArgs({ port: chain.port, user: lab.credentials.user, password: lab.credentials.password, caPath: await labCaPath(), servername: lab.servername });
  return async () => {
    const run = await timeChild(SWAKS, args, { capMs: 20_000 });
    // The output holds the base64 AUTH lines: check it, never print it.
    if (run.code !== 0 || !/<~\s+235 /.test(run.stdout)) throw new Error(`swaks did not sign in (exit ${String(run.code)})`);
    return run.ms;
  };
}
