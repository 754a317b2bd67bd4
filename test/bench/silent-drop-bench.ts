/**
 * Issue 16 item 4: a silently dropped port judged by evidence. Time to the verdict when
 * the host answers on a sibling port (target ≤ 2 s) and when nothing answers anywhere
 * (≤ 5 s, the timer), with default timeouts:
 *   - in process: runProbe against the lab's blackhole, the sibling a lab port that
 *     accepts, one that refuses (RST), or a second blackhole;
 *   - whole process: the CLI bundle with its real default siblings (443, then 587 for a
 *     custom port), in a network namespace of its own, whose loopback has the chosen port
 *     dropped and the siblings closed (they answer RST) or dropped too. Without `ip netns`
 *     (root) those rows say why they did not run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { classifyAll } from '../../shared/findings';
import type { ProbeResult } from '../../shared/types';
import { runProbe } from '../../electron/probe';
import { siblingPortsFor } from '../../electron/probe/host-witness';
import { labDeps, labRequest } from '../integration/probe/lab-probe';
import { startBlackhole, startLab, startOpenPort, type Blackhole } from '../lab';
import { timeChild } from './child-timing';
import { ms, spreadOf, statusOf, type BenchGroup, type BenchRow } from './report';
import { summarize } from './stats';

const run = promisify(execFile);
const SIBLING_BUDGET_MS = 2000;
const NOTHING_BUDGET_MS = 5000;
/** The port the whole-process probe is pointed at inside its namespace (any free port). */
const CHOSEN_PORT = 2587;
/** What the CLI knocks on for it by default (443, 587). */
const DEFAULT_SIBLINGS = siblingPortsFor(CHOSEN_PORT);

export interface SilentDropOptions {
  runs: number;
}

type Case = 'open sibling' | 'refusing sibling' | 'nothing answers';

function verdictOf(result: ProbeResult, expectHostUp: boolean): void {
  const connect = result.stages.find((stage) => stage.id === 'connect');
  const facts = (connect?.evidence ?? []).flatMap((e) => (e.kind === 'fact' ? [e.fact] : []));
  const ok = connect?.status === 'fail' && facts.includes(expectHostUp ? 'port-silent-host-up' : 'timeout') && connect.findings.includes('network.port-blocked');
  if (!ok) throw new Error(`silent drop: unexpected connect stage ${JSON.stringify(connect?.detail)} facts ${facts.join(',')}`);
}

async function inProcess(runs: number): Promise<Record<Case, number[]>> {
  const [silent, refused, open, quiet] = await Promise.all([startLab('port-blocked'), startLab('connection-refused'), startOpenPort(), startBlackhole()]);
  try {
    const siblings: Record<Case, number> = { 'open sibling': open.port, 'refusing sibling': refused.port, 'nothing answers': quiet.port };
    const times: Record<Case, number[]> = { 'open sibling': [], 'refusing sibling': [], 'nothing answers': [] };
    for (let i = 0; i < runs; i++) {
      for (const which of Object.keys(siblings) as Case[]) {
        // No timeouts in the request: the defaults are what is judged.
        const result = await runProbe(labRequest(silent, {}, 'none'), labDeps(silent, { classify: classifyAll, siblingPorts: [siblings[which]] }), () => undefined);
        verdictOf(result, which !== 'nothing answers');
        times[which].push(result.durationMs);
      }
    }
    return times;
  } finally {
    await Promise.all([silent.close(), refused.close(), open.close(), quiet.close()]);
  }
}

interface Namespace {
  name: string;
  close(): Promise<void>;
}

async function namespaceWith(droppedPorts: number[]): Promise<Namespace> {
  const name = `msa-bench-${process.pid}-${droppedPorts.length}`;
  await run('ip', ['netns', 'add', name]);
  const holes: Blackhole[] = [];
  const close = async () => {
    await Promise.all(holes.map((hole) => hole.close()));
    await run('ip', ['netns', 'del', name]).catch(() => undefined);
  };
  try {
    await run('ip', ['netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up']);
    for (const port of droppedPorts) holes.push(await startBlackhole({ port, netns: name }));
    return { name, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The CLI as it ships: where the project has scripts/cli.mjs (it rebuilds the code-split
 * dist-electron/cli.cjs when a source changed), that bundle; otherwise one esbuild
 * bundle, as group 6 makes it.
 */
async function cliBundle(root: string, dir: string): Promise<{ path: string; how: string }> {
  if (existsSync(join(root, 'scripts', 'cli.mjs'))) {
    const ensure = await timeChild(process.execPath, [join(root, 'scripts', 'cli.mjs'), '--help'], { capMs: 180_000, cwd: root });
    const path = join(root, 'dist-electron', 'cli.cjs');
    if (ensure.code !== 0 || !existsSync(path)) throw new Error(`could not build the CLI bundle: ${ensure.stderr.slice(0, 300)}`);
    return { path, how: 'dist-electron/cli.cjs, kept current by scripts/cli.mjs' };
  }
  const path = join(dir, 'cli.cjs');
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  const build = await timeChild(esbuild, ['electron/cli.ts', '--bundle', '--platform=node', '--format=cjs', `--outfile=${path}`, '--external:keytar', '--log-level=error'], { capMs: 60_000, cwd: root });
  if (build.code !== 0) throw new Error(`esbuild failed: ${build.stderr.slice(0, 500)}`);
  return { path, how: 'one esbuild bundle of electron/cli.ts, as group 6' };
}

async function wholeProcess(root: string, runs: number): Promise<{ sibling: number[]; nothing: number[]; bundle: string } | { notRun: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mail-setup-bench-'));
  const namespaces: Namespace[] = [];
  try {
    const { path: bundle, how } = await cliBundle(root, dir);
    let withSibling: Namespace;
    let nothing: Namespace;
    try {
      withSibling = await namespaceWith([CHOSEN_PORT]);
      namespaces.push(withSibling);
      nothing = await namespaceWith([CHOSEN_PORT, ...DEFAULT_SIBLINGS]);
      namespaces.push(nothing);
    } catch (error) {
      return { notRun: `no network namespace (${(error as Error).message.split('\n')[0]}); needs root and ip netns` };
    }
    const probe = async (ns: Namespace, expectHostUp: boolean) => {
      const args = ['netns', 'exec', ns.name, process.execPath, bundle, 'probe', '--host', '127.0.0.1', '--port', String(CHOSEN_PORT), '--security', 'starttls', '--json'];
      const child = await timeChild('ip', args, { capMs: 20_000, cwd: root });
      if (child.code !== 1) throw new Error(`whole-process silent drop: exit ${String(child.code)} ${child.stderr.slice(0, 300)}`);
      verdictOf(JSON.parse(child.stdout) as ProbeResult, expectHostUp);
      return child.ms;
    };
    const times = { sibling: [] as number[], nothing: [] as number[], bundle: how };
    for (let i = 0; i < runs; i++) {
      times.sibling.push(await probe(withSibling, true));
      times.nothing.push(await probe(nothing, false));
    }
    return times;
  } finally {
    await Promise.all(namespaces.map((ns) => ns.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSilentDrop(root: string, options: SilentDropOptions): Promise<BenchGroup> {
  const inside = await inProcess(options.runs);
  const whole = await wholeProcess(root, options.runs);
  const budgetRow = (label: string, values: number[], budget: number): BenchRow => {
    const summary = summarize(values);
    return { label, value: ms(summary.median), spread: spreadOf(summary), budget: `≤ ${budget} ms`, status: statusOf(summary.median <= budget) };
  };
  const rows: BenchRow[] = [
    budgetRow('in process: host accepts on a sibling port', inside['open sibling'], SIBLING_BUDGET_MS),
    budgetRow('in process: host refuses on a sibling port (RST)', inside['refusing sibling'], SIBLING_BUDGET_MS),
    budgetRow('in process: nothing answers anywhere (timer)', inside['nothing answers'], NOTHING_BUDGET_MS),
  ];
  if ('notRun' in whole) {
    rows.push({ label: 'whole process: host answers on a sibling port', value: 'not run [2]' }, { label: 'whole process: nothing answers', value: 'not run [2]' });
  } else {
    rows.push(
      budgetRow(`whole process: host answers on ${DEFAULT_SIBLINGS[0]} (RST) [1]`, whole.sibling, SIBLING_BUDGET_MS),
      budgetRow(`whole process: nothing answers (${DEFAULT_SIBLINGS.join(', ')} dropped too) [1]`, whole.nothing, NOTHING_BUDGET_MS),
    );
  }
  return {
    title: `20. Silent drop judged by evidence: time to a verdict, default timeouts (median of ${options.runs})`,
    rows,
    notes: [
      `\`ip netns exec <ns> node cli.cjs probe --host 127.0.0.1 --port ${CHOSEN_PORT} --json\` (${'bundle' in whole ? whole.bundle : 'the CLI bundle'}), in a namespace of its own whose loopback drops ${CHOSEN_PORT} (and ${DEFAULT_SIBLINGS.join(' and ')} for "nothing answers"); the CLI knocks on its real default siblings for that port, ${DEFAULT_SIBLINGS.join(' then ')}. Includes Node start-up and \`ip netns exec\`.`,
      'notRun' in whole ? `Whole-process rows not run: ${whole.notRun}.` : 'Whole-process rows ran in two throwaway network namespaces (removed afterwards).',
      'The rule: once the host answered elsewhere, a port silent for max(1.5 s, 5 × that round trip) is blocked; the knocks start after 250 ms of silence. Without an answer the 4 s connect timeout decides. In process, the sibling is a lab port (deps.siblingPorts).',
    ],
    raw: { inProcess: inside, wholeProcess: whole, budgets: { siblingMs: SIBLING_BUDGET_MS, nothingMs: NOTHING_BUDGET_MS } },
  };
}
