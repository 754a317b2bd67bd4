/**
 * Runs many fuzz cases, a few at a time, and sums up what the checks assert: crashes,
 * unhandled rejections, runs over budget, transcript and memory caps, passes without a
 * real 235. Used by the integration test (2,000 cases in `npm test`) and `npm run fuzz`.
 */
import { labPki } from '../lab-pki';
import { TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_LINES } from './caps';
import { describeCase, makeCase, type FuzzCase } from './fuzz-case';
import { caseSeed } from './prng';
import { runCase, STAGE_GRACE_MS, type CaseOutcome } from './run-case';

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Cases in flight at once. */
  concurrency?: number;
  /** Only these case indexes (replaying a failure). */
  only?: readonly number[];
  onProgress?: (done: number, total: number) => void;
}

export interface FuzzProblem {
  kind: 'crash' | 'over-budget' | 'transcript-cap' | 'result-cap' | 'pass-without-235' | 'healthy-failed';
  fuzz: FuzzCase;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  wallMs: number;
  crashes: number;
  unhandledRejections: string[];
  overBudget: number;
  longest: { durationMs: number; budgetMs: number; fuzz: FuzzCase } | null;
  /** Largest duration / budget ratio over all cases. */
  worstBudgetRatio: number;
  /** Longest time the process was not run (event-loop lag), which the budget checks allow for. */
  maxLoopLagMs: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  maxTranscriptLines: number;
  maxTranscriptBytes: number;
  maxResultBytes: number;
  passesWithout235: number;
  healthyCases: number;
  healthyFailed: number;
  /** Transcript lines, stage details or reply evidence that kept raw control characters. */
  unsafeEvidence: number;
  byBehaviour: Record<string, number>;
  problems: FuzzProblem[];
}

/**
 * The memory cap a result must hold: nodemailer keeps at most 1 MB of one reply
 * (MAX_RESPONSE_SIZE in nodemailer's smtp-connection) and the probe may hold one reply
 * twice (as evidence and as parsed EHLO capabilities); the transcript holds at most 64 KB.
 * A result beyond that means something was kept past its cap.
 */
export const RESULT_MAX_BYTES = 2 * 1024 * 1024 + 64 * 1024 + 128 * 1024;
const MAX_LINE_SHOWN = 1100;

/** Over budget once the time the process was not run (event-loop lag `lagMs`) is taken off. */
function budgetProblems(o: CaseOutcome, lagMs: number): string[] {
  const out: string[] = [];
  if (o.durationMs > o.budgetMs + lagMs) out.push(`${Math.round(o.durationMs)} ms > budget ${o.budgetMs} ms (+${Math.round(lagMs)} ms lag)`);
  const late = o.stageOverruns.filter((stage) => stage.overMs > STAGE_GRACE_MS + lagMs);
  if (late.length > 0) out.push(`stages over their timeout: ${late.map((s) => `${s.id} ${s.durationMs} ms`).join(', ')} (+${Math.round(lagMs)} ms lag)`);
  return out;
}

function problemsOf(o: CaseOutcome, lagMs: number): FuzzProblem[] {
  const out: FuzzProblem[] = [];
  const add = (kind: FuzzProblem['kind'], detail: string) => out.push({ kind, fuzz: o.fuzz, detail });
  if (o.crashed) add('crash', o.crashed);
  for (const detail of budgetProblems(o, lagMs)) add('over-budget', detail);
  if (o.transcriptLines > TRANSCRIPT_MAX_LINES || o.transcriptBytes > TRANSCRIPT_MAX_BYTES || o.longestLine > MAX_LINE_SHOWN) {
    add('transcript-cap', `${o.transcriptLines} lines, ${o.transcriptBytes} bytes, longest line ${o.longestLine}`);
  }
  if (o.resultBytes > RESULT_MAX_BYTES) add('result-cap', `result is ${o.resultBytes} bytes`);
  if (o.passWithout235) add('pass-without-235', `auth ${o.authStatus}, verdict ${o.verdict}, but the server never sent a real 235`);
  if (o.healthyFailed) {
    const failed = o.result?.stages.find((s) => s.status === 'fail');
    add('healthy-failed', `verdict ${o.verdict}${failed ? ` at ${failed.id} after ${failed.durationMs} ms: ${JSON.stringify(failed.detail)}` : ''}`);
  }
  return out;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const pki = await labPki();
  const tls = { ...pki.served.healthy, rootPem: pki.rootPem };
  const indexes = options.only ? [...options.only] : Array.from({ length: options.cases }, (_, i) => i);
  const concurrency = options.concurrency ?? 48;
  const unhandled: string[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason instanceof Error ? reason.stack ?? reason.message : String(reason));
  process.on('unhandledRejection', onUnhandled);

  const report: FuzzReport = {
    seed: options.seed,
    cases: indexes.length,
    wallMs: 0,
    crashes: 0,
    unhandledRejections: unhandled,
    overBudget: 0,
    longest: null,
    worstBudgetRatio: 0,
    maxLoopLagMs: 0,
    peakRssBytes: 0,
    peakHeapBytes: 0,
    maxTranscriptLines: 0,
    maxTranscriptBytes: 0,
    maxResultBytes: 0,
    passesWithout235: 0,
    healthyCases: 0,
    healthyFailed: 0,
    unsafeEvidence: 0,
    byBehaviour: {},
    problems: [],
  };
  const sampleMemory = () => {
    const memory = process.memoryUsage();
    report.peakRssBytes = Math.max(report.peakRssBytes, memory.rss);
    report.peakHeapBytes = Math.max(report.peakHeapBytes, memory.heapUsed);
  };
  const memoryTimer = setInterval(sampleMemory, 50);
  // A 20 ms tick that notes how late it runs: time the process was not run at all.
  const TICK_MS = 20;
  const lags: { at: number; lag: number }[] = [];
  let lastTick = performance.now();
  const lagTimer = setInterval(() => {
    const now = performance.now();
    lags.push({ at: now, lag: Math.max(0, now - lastTick - TICK_MS) });
    lastTick = now;
  }, TICK_MS);
  const lagDuring = (start: number, end: number) => lags.reduce((max, s) => (s.at >= start && s.at <= end + 2 * TICK_MS ? Math.max(max, s.lag) : max), 0);

  const started = performance.now();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++] as number;
      const outcome = await runCase(makeCase(index, caseSeed(options.seed, index)), tls);
      // Wait a tick so the lag of the case's last moments is measured too.
      await new Promise((resolve) => setTimeout(resolve, 2 * TICK_MS));
      record(report, outcome, lagDuring(outcome.startedAt, outcome.endedAt));
      options.onProgress?.(++done, indexes.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, indexes.length) }, worker));
    // A rejection nobody handled surfaces a turn later: give it the chance to be counted.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    clearInterval(memoryTimer);
    clearInterval(lagTimer);
    process.off('unhandledRejection', onUnhandled);
  }
  sampleMemory();
  report.wallMs = performance.now() - started;
  return report;
}

function record(report: FuzzReport, o: CaseOutcome, lagMs: number): void {
  const key = o.fuzz.moment ? `${o.fuzz.behaviour}@${o.fuzz.moment}` : 'healthy';
  report.byBehaviour[key] = (report.byBehaviour[key] ?? 0) + 1;
  if (o.crashed) report.crashes++;
  if (budgetProblems(o, lagMs).length > 0) report.overBudget++;
  report.maxLoopLagMs = Math.max(report.maxLoopLagMs, lagMs);
  if (!report.longest || o.durationMs > report.longest.durationMs) report.longest = { durationMs: o.durationMs, budgetMs: o.budgetMs, fuzz: o.fuzz };
  report.worstBudgetRatio = Math.max(report.worstBudgetRatio, o.durationMs / o.budgetMs);
  report.maxTranscriptLines = Math.max(report.maxTranscriptLines, o.transcriptLines);
  report.maxTranscriptBytes = Math.max(report.maxTranscriptBytes, o.transcriptBytes);
  report.maxResultBytes = Math.max(report.maxResultBytes, o.resultBytes);
  if (o.passWithout235) report.passesWithout235++;
  if (o.fuzz.moment === null) report.healthyCases++;
  if (o.healthyFailed) report.healthyFailed++;
  report.unsafeEvidence += o.unsafeEvidence;
  report.problems.push(...problemsOf(o, lagMs));
}

/** A few lines for people: the figures, then each problem with the command that replays it. */
export function formatReport(report: FuzzReport): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const longest = report.longest ? `${Math.round(report.longest.durationMs)} ms of a ${report.longest.budgetMs} ms budget (${describeCase(report.longest.fuzz)})` : 'none';
  const lines = [
    `fuzz: ${report.cases} cases, seed ${report.seed}, ${(report.wallMs / 1000).toFixed(1)} s`,
    `crashes ${report.crashes}, unhandled rejections ${report.unhandledRejections.length}, over budget ${report.overBudget}, passes without a real 235 ${report.passesWithout235}`,
    `longest run ${longest}; worst duration/budget ${report.worstBudgetRatio.toFixed(2)}; longest event-loop lag ${Math.round(report.maxLoopLagMs)} ms`,
    `peak memory: rss ${mb(report.peakRssBytes)}, heap ${mb(report.peakHeapBytes)}; largest transcript ${report.maxTranscriptLines} lines / ${report.maxTranscriptBytes} bytes; largest result ${report.maxResultBytes} bytes`,
    `healthy cases ${report.healthyCases} (failed ${report.healthyFailed}); stored evidence with raw control characters: ${report.unsafeEvidence}`,
  ];
  for (const problem of report.problems.slice(0, 40)) {
    lines.push(`  ${problem.kind}: ${describeCase(problem.fuzz)}: ${problem.detail}`);
    lines.push(`    replay: npm run fuzz -- --seed ${report.seed} --case ${problem.fuzz.index}`);
  }
  if (report.problems.length > 40) lines.push(`  … and ${report.problems.length - 40} more`);
  return `${lines.join('\n')}\n`;
}
