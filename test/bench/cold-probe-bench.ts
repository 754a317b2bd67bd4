/**
 * Issue 16 item 3: "whole-process probe ≤ 1.0 × swaks and engine ≤ 1.0 × verify() in a
 * cold process" on the healthy benchmark (STARTTLS + AUTH LOGIN, 50 ms RTT). Each client
 * runs in a fresh process, taking turns within each round:
 *   - ours: `node dist-electron/cli.cjs probe … --json` (the built bundle, as a helpdesk
 *     person runs it), timed outside; the engine's own time to verdict read from its JSON;
 *   - swaks: the same sign-in, whole process (perl start-up included);
 *   - nodemailer verify(): alone in a fresh `node -e`, timed inside and outside.
 * Group 1 measures the same engine warm, in this process.
 *
 * Ours runs with its compile cache (electron/cli/compile-cache.ts) in a private folder,
 * filled by one untimed run first, as every run after the first one meets it; the same
 * probe with the cache off (a first run's loading cost) takes its turn in each round too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labCaPath } from '../lab';
import { clocked, RTT_MS, startHealthyChain, type HealthyChain } from './healthy-chain';
import { swaksLogin } from './healthy-clients';
import { ensureCliBundle } from './cli-bundle';
import { cacheEnv } from './cli-cold-start-bench';
import { coldProbeClient, coldVerifyClient } from './cold-clients';
import { timeChild } from './child-timing';
import { ms, ratioRow, spreadOf, type BenchGroup, type BenchRow } from './report';
import { ratio, summarize, type Summary } from './stats';
import { swaksAvailability } from './swaks';

export interface ColdOptions {
  runs: number;
  /** `npm run cli -- probe` is slow to start; it runs this many times (info only). */
  npmRuns: number;
}

interface Samples {
  oursWall: number[];
  oursVerdict: number[];
  oursFull: number[];
  oursLifetime: number[];
  oursNoCacheWall: number[];
  bareNodeWall: number[];
  swaksWall: number[];
  verifyWall: number[];
  verifyInside: number[];
  npmWall: number[];
}

async function collect(chain: HealthyChain, root: string, bundle: string, options: ColdOptions, withSwaks: boolean): Promise<Samples> {
  const scratch = mkdtempSync(join(tmpdir(), 'msa-bench-cold-'));
  try {
    return await collectIn(scratch, chain, root, bundle, options, withSwaks);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function collectIn(scratch: string, chain: HealthyChain, root: string, bundle: string, options: ColdOptions, withSwaks: boolean): Promise<Samples> {
  const ours = await coldProbeClient(bundle, chain, [], cacheEnv(join(scratch, 'warm')));
  const oursNoCache = await coldProbeClient(bundle, chain, [], cacheEnv(join(scratch, 'off'), { NODE_DISABLE_COMPILE_CACHE: '1' }));
  await ours(); // fills the compile cache (untimed)
  const verify = await coldVerifyClient(chain, root);
  const swaks = withSwaks ? await swaksLogin(chain) : null;
  const samples: Samples = { oursWall: [], oursVerdict: [], oursFull: [], oursLifetime: [], oursNoCacheWall: [], bareNodeWall: [], swaksWall: [], verifyWall: [], verifyInside: [], npmWall: [] };
  for (let round = 0; round < options.runs; round++) {
    const o = await clocked(chain.clock, ours);
    samples.oursWall.push(o.value.wallMs);
    samples.oursVerdict.push(o.value.engineVerdictMs);
    samples.oursFull.push(o.value.engineFullMs);
    samples.oursLifetime.push(o.connection.lifetimeMs);
    if (swaks) samples.swaksWall.push(await swaks());
    samples.oursNoCacheWall.push((await clocked(chain.clock, oursNoCache)).value.wallMs);
    samples.bareNodeWall.push((await timeChild(process.execPath, ['-e', '0'], { capMs: 10_000 })).ms);
    const v = await verify();
    samples.verifyWall.push(v.wallMs);
    samples.verifyInside.push(v.verifyMs);
  }
  const { lab } = chain;
  const npmArgs = ['run', '--silent', 'cli', '--', 'probe', '--host', '127.0.0.1', '--port', String(chain.port), '--security', 'starttls', '--tls-servername', lab.servername, '--user', lab.credentials.user, '--password-stdin', '--json'];
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: await labCaPath() };
  for (let i = 0; i < options.npmRuns; i++) {
    const run = await timeChild('npm', npmArgs, { capMs: 30_000, cwd: root, env, input: `${lab.credentials.password}\n` });
    if (run.code !== 0) throw new Error(`npm run cli -- probe exited ${String(run.code)}: ${run.stderr.slice(0, 300)}`);
    samples.npmWall.push(run.ms);
  }
  return samples;
}

export async function benchColdProbe(root: string, options: ColdOptions): Promise<BenchGroup> {
  const bundle = await ensureCliBundle(root);
  const swaksReady = await swaksAvailability();
  const chain = await startHealthyChain();
  try {
    const samples = await collect(chain, root, bundle.path, options, swaksReady.ok);
    return coldGroup(samples, swaksReady.ok ? null : swaksReady.reason, options);
  } finally {
    await chain.close();
  }
}

function coldGroup(samples: Samples, swaksMissing: string | null, options: ColdOptions): BenchGroup {
  const sum = (values: number[]): Summary | null => (values.length > 0 ? summarize(values) : null);
  const s = {
    oursWall: sum(samples.oursWall),
    oursVerdict: sum(samples.oursVerdict),
    oursFull: sum(samples.oursFull),
    oursLifetime: sum(samples.oursLifetime),
    oursNoCacheWall: sum(samples.oursNoCacheWall),
    bareNodeWall: sum(samples.bareNodeWall),
    swaksWall: sum(samples.swaksWall),
    verifyWall: sum(samples.verifyWall),
    verifyInside: sum(samples.verifyInside),
    npmWall: sum(samples.npmWall),
  };
  const median = (summary: Summary | null) => summary?.median ?? Number.NaN;
  const ratios = {
    wholeProcessVsSwaks: ratio(median(s.oursWall), median(s.swaksWall)),
    engineVsVerifyCold: ratio(median(s.oursVerdict), median(s.verifyInside)),
    wholeProcessVsVerifyProcess: ratio(median(s.oursWall), median(s.verifyWall)),
    noCacheVsSwaks: ratio(median(s.oursNoCacheWall), median(s.swaksWall)),
  };
  const timed = (label: string, summary: Summary | null, missing = 'not run'): BenchRow =>
    summary ? { label, value: ms(summary.median), spread: spreadOf(summary) } : { label, value: missing };
  return {
    title: `9. Cold process: healthy probe, STARTTLS + AUTH LOGIN, ${RTT_MS} ms RTT, each client in a fresh process (medians of ${options.runs} rounds)`,
    rows: [
      timed('ours: node dist-electron/cli.cjs probe --json, whole process [1]', s.oursWall),
      timed('ours, compile cache off (NODE_DISABLE_COMPILE_CACHE=1; a first run, info)', s.oursNoCacheWall),
      timed('swaks: whole process, incl. perl start-up', s.swaksWall, 'not run [3]'),
      timed('nodemailer verify() in a fresh node -e, whole process (info)', s.verifyWall),
      timed('ours, in that cold process: engine call → 235 (from --json) [2]', s.oursVerdict),
      timed('ours, in that cold process: engine full run incl. QUIT (info)', s.oursFull),
      timed('verify() in a fresh process: call → resolved [2]', s.verifyInside),
      timed('ours: connection open→closed (info)', s.oursLifetime),
      { label: 'ours: process start-up, loading and exit around the engine (wall − engine full, info)', value: ms(median(s.oursWall) - median(s.oursFull)) },
      timed('node -e 0, whole process (bare Node start-up and exit, info)', s.bareNodeWall),
      { label: 'floor with nothing loaded: bare node + engine full run, / swaks (info)', value: ratio(median(s.bareNodeWall) + median(s.oursFull), median(s.swaksWall)).toFixed(3) },
      timed(`npm run -s cli -- probe --json, whole process (median of ${options.npmRuns}, info)`, s.npmWall),
      ratioRow('ours whole process / swaks whole process', ratios.wholeProcessVsSwaks, 1.0),
      ratioRow('ours engine in a cold process / verify() in a cold process', ratios.engineVsVerifyCold, 1.0),
      { label: 'ours whole process, compile cache off / swaks whole process (info)', value: Number.isFinite(ratios.noCacheVsSwaks) ? ratios.noCacheVsSwaks.toFixed(3) : 'n/a' },
      { label: 'ours whole process / verify() whole process (info)', value: Number.isFinite(ratios.wholeProcessVsVerifyProcess) ? ratios.wholeProcessVsVerifyProcess.toFixed(3) : 'n/a' },
    ],
    notes: [
      'The password goes on stdin (--password-stdin) and the lab root through NODE_EXTRA_CA_CERTS, as a helpdesk script would do it; each run must end with verdict pass.',
      'Both figures stop at the 235 that settles the sign-in. The first run of a process pays for module loading and the first secure context; group 11 shows where that time goes.',
      swaksMissing ? `swaks was not run: ${swaksMissing}.` : 'swaks arguments as in group 1 (--tls --tls-verify --auth LOGIN --quit-after AUTH).',
    ],
    raw: { samples, summaries: s, ratios },
  };
}
