/**
 * One signed-in session per client, each in a fresh process, over the healthy chain:
 * the CLI bundle as a helpdesk person runs it, swaks, and nodemailer verify() in a bare
 * `node -e`. Every run is checked for success; the secret goes on stdin or an argument as
 * each tool expects, and output holding it is checked, never printed.
 */
import type { ProbeResult } from '../../shared/types';
import { labCaPath } from '../lab';
import { timeChild } from './child-timing';
import type { HealthyChain } from './healthy-chain';

export interface ColdProbeRun {
  /** Process start → exit, measured outside. */
  wallMs: number;
  /** The engine's own figures from --json: call → 235, and call → QUIT answered. */
  engineVerdictMs: number;
  engineFullMs: number;
  result: ProbeResult;
}

export interface ColdVerifyRun {
  wallMs: number;
  /** verify() call → resolved, measured inside the fresh process. */
  verifyMs: number;
}

export function probeArgs(bundle: string, chain: HealthyChain): string[] {
  const { lab } = chain;
  return [bundle, 'probe', '--host', '127.0.0.1', '--port', String(chain.port), '--security', 'starttls', '--tls-servername', lab.servername, '--user', lab.credentials.user, '--password-stdin', '--json'];
}

export async function coldProbeClient(bundle: string, chain: HealthyChain, nodeArgs: readonly string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<() => Promise<ColdProbeRun>> {
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: await labCaPath(), ...extraEnv };
  const args = [...nodeArgs, ...probeArgs(bundle, chain)];
  return async () => {
    const run = await timeChild(process.execPath, args, { capMs: 20_000, env, input: `${chain.lab.credentials.password}\n` });
    if (run.code !== 0) throw new Error(`cold probe exited ${String(run.code)}: ${run.stderr.slice(0, 300)}`);
    const result = JSON.parse(run.stdout) as ProbeResult;
    const auth = result.stages.find((stage) => stage.id === 'auth');
    if (result.verdict !== 'pass' || auth?.status !== 'pass') throw new Error(`cold probe did not sign in: ${result.verdict}`);
    return { wallMs: run.ms, engineVerdictMs: auth.startedAtMs + auth.durationMs, engineFullMs: result.durationMs, result };
  };
}

/** verify() as in nodemailer-peer.ts (STARTTLS required, lab root trusted, AUTH LOGIN), alone in a fresh Node. */
const VERIFY_SCRIPT = `
const t = require('nodemailer').createTransport({ host: '127.0.0.1', port: Number(process.argv[1]), secure: false, requireTLS: true,
  tls: { ca: [require('node:fs').readFileSync(process.argv[2], 'utf8')], servername: process.argv[3] },
  auth: { user: process.argv[4], pass: process.env.MSA_BENCH_PASSWORD }, authMethod: 'LOGIN' });
const t0 = performance.now();
t.verify().then(() => { process.stdout.write(JSON.stringify({ verifyMs: performance.now() - t0 })); t.close(); }, (e) => { process.stderr.write(String(e && e.code)); process.exitCode = 1; });`;

export async function coldVerifyClient(chain: HealthyChain, root: string, nodeArgs: readonly string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<() => Promise<ColdVerifyRun>> {
  const { lab } = chain;
  const args = [...nodeArgs, '-e', VERIFY_SCRIPT, String(chain.port), await labCaPath(), lab.servername, lab.credentials.user];
  const env = { ...process.env, MSA_BENCH_PASSWORD: lab.credentials.password, ...extraEnv };
  return async () => {
    const run = await timeChild(process.execPath, args, { capMs: 20_000, cwd: root, env });
    if (run.code !== 0) throw new Error(`cold verify() failed: ${run.stderr.slice(0, 200)}`);
    return { wallMs: run.ms, verifyMs: (JSON.parse(run.stdout) as { verifyMs: number }).verifyMs };
  };
}
