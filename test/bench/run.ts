/**
 * `npm run bench`: measures the performance budgets of docs/architecture.md against the local lab
 * (127.0.0.1 only) and prints one table per budget group, plus the raw numbers in
 * artifacts/bench/bench.json. A report, not a test: a budget that is over is printed as
 * OVER and the exit code stays 0; only a measurement that could not be taken exits 1.
 * `npm run bench -- 1 4` runs only groups 1 and 4 (while working on one of them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBlockedPort } from './blocked-port-bench';
import { benchCliColdStart } from './cli-cold-start-bench';
import { benchColdProbe } from './cold-probe-bench';
import { benchColdProfile } from './cold-profile-bench';
import { benchCorpus } from './corpus-bench';
import { benchDiscoverGroup } from './discover-group';
import { benchDiscoverVsProbe } from './discover-vs-probe-bench';
import { benchHealthy } from './healthy-bench';
import { benchMemory } from './memory-bench';
import { benchOffline } from './offline-bench';
import { benchRendererSize } from './renderer-size-bench';
import { benchSilentDrop } from './silent-drop-bench';
import { benchTestMessage } from './test-message-bench';
import { formatGroup, overBudget, type BenchGroup } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEALTHY = { runs: 15, warmups: 2 };
const BLOCKED = { runs: 3, capMs: 8000 };
const OFFLINE_RUNS = 15;
const CLI_RUNS = 15;
const COLD = { runs: 15, npmRuns: 3 };
const DISCOVER_VS_PROBE_RUNS = 7;
const PROFILE_RUNS = 5;

type Step = { id: number; name: string; run: () => Promise<BenchGroup[]> };

const STEPS: Step[] = [
  { id: 1, name: 'healthy probe', run: async () => [await benchHealthy(HEALTHY)] },
  { id: 2, name: 'blocked port', run: async () => [await benchBlockedPort(BLOCKED)] },
  { id: 3, name: 'discover', run: async () => [await benchDiscoverGroup()] },
  { id: 4, name: 'no network', run: async () => [await benchOffline(OFFLINE_RUNS)] },
  { id: 5, name: 'renderer size', run: async () => [await benchRendererSize(ROOT)] },
  { id: 6, name: 'CLI cold start', run: async () => [await benchCliColdStart(ROOT, CLI_RUNS)] },
  { id: 7, name: 'memory', run: async () => [await benchMemory(HEALTHY.runs)] },
  { id: 8, name: 'error corpus', run: async () => [benchCorpus()] },
  { id: 9, name: 'cold-process probe', run: async () => [await benchColdProbe(ROOT, COLD)] },
  { id: 10, name: 'discover vs one probe', run: async () => [await benchDiscoverVsProbe(DISCOVER_VS_PROBE_RUNS)] },
  { id: 11, name: 'cold probe profile', run: async () => [await benchColdProfile(ROOT, PROFILE_RUNS)] },
  { id: 20, name: 'silent drop by evidence', run: async () => [await benchSilentDrop(ROOT, { runs: 3 })] },
  { id: 21, name: 'test message vs sendMail', run: async () => [await benchTestMessage({ runs: 9, warmups: 1 })] },
];

/** Handle kinds that would keep the process alive after the benchmark. */
const LEAK_KINDS = new Set(['TCPServerWrap', 'TCPSocketWrap', 'TCPWRAP', 'Timeout', 'ProcessWrap', 'TLSWrap']);

async function main(): Promise<number> {
  const started = new Date();
  const machine = { node: process.version, cpus: cpus().length, loadavg1m: Number((loadavg()[0] ?? 0).toFixed(2)) };
  process.stdout.write(`Mail Setup Assistant benchmarks — ${started.toISOString()} — Node ${machine.node}, ${machine.cpus} CPU(s), load ${machine.loadavg1m}\n`);
  process.stdout.write('Every connection goes to 127.0.0.1 (the lab). Timings are wall clock; other work on this machine adds noise.\n\n');

  const groups: BenchGroup[] = [];
  const errors: { step: string; message: string }[] = [];
  const only = process.argv.slice(2).map(Number).filter(Number.isInteger);
  for (const step of STEPS.filter((candidate) => only.length === 0 || only.includes(candidate.id))) {
    process.stderr.write(`bench: ${step.id}. ${step.name}…\n`);
    try {
      groups.push(...(await step.run()));
    } catch (error) {
      errors.push({ step: `${step.id}. ${step.name}`, message: error instanceof Error ? error.message : String(error) });
    }
  }

  groups.sort((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true }));
  for (const group of groups) process.stdout.write(`${formatGroup(group)}\n`);
  for (const error of errors) process.stdout.write(`*** ${error.step} could not be measured: ${error.message}\n`);

  const over = overBudget(groups);
  process.stdout.write(over.length === 0 ? 'All budgets ok.\n' : `OVER budget (${over.length}):\n${over.map((line) => `  OVER  ${line}`).join('\n')}\n`);

  const outDir = join(ROOT, 'artifacts', 'bench');
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, 'bench.json');
  const document = { startedAt: started.toISOString(), machine, groups: groups.map(({ title, rows, notes, raw }) => ({ title, rows, notes, raw })), over, errors };
  writeFileSync(jsonPath, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`Raw numbers: ${jsonPath}\n`);

  // Give closed sockets a moment, then say so if anything would keep the process alive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const leftover = process.getActiveResourcesInfo().filter((kind) => LEAK_KINDS.has(kind));
  if (leftover.length > 0) process.stderr.write(`bench: still open after the run: ${leftover.join(', ')}\n`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
