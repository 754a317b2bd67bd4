/**
 * Budget: "Blocked port (silent drop): verdict within 5 s by default (nodemailer waits
 * 120 s, swaks 30 s)." The lab's 'port-blocked' scenario drops connection attempts the
 * way a firewall drops SYNs. The peers are killed at a cap instead of waited for.
 */
import { classifyAll } from '../../shared/findings';
import { DEFAULT_TIMEOUTS, runProbe } from '../../electron/probe';
import { labDeps, labRequest } from '../integration/probe/lab-probe';
import { startLab } from '../lab';
import { timeChild, type ChildTiming } from './child-timing';
import { nodemailerDefaultConnectionTimeoutMs, timeDefaultVerifyInChild } from './nodemailer-peer';
import { ms, spreadOf, statusOf, type BenchGroup, type BenchRow } from './report';
import { summarize } from './stats';
import { SWAKS, swaksConnectArgs, swaksDefaultTimeoutSeconds } from './swaks';

const BUDGET_MS = 5000;

export interface BlockedOptions {
  runs: number;
  /** Peers are killed after this long. */
  capMs: number;
}

export async function benchBlockedPort(options: BlockedOptions): Promise<BenchGroup> {
  const lab = await startLab('port-blocked');
  try {
    const times: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      // No timeouts in the request: the defaults are what is being judged.
      const result = await runProbe(labRequest(lab), labDeps(lab, { classify: classifyAll }), () => undefined);
      const connect = result.stages.find((stage) => stage.id === 'connect');
      if (result.verdict !== 'fail' || connect?.status !== 'fail') throw new Error(`blocked port: unexpected verdict ${result.verdict}`);
      times.push(result.durationMs);
    }
    const [nodemailerRun, swaksRun] = await Promise.all([
      timeDefaultVerifyInChild(lab.port, options.capMs),
      timeChild(SWAKS, swaksConnectArgs(lab.port), { capMs: options.capMs }).catch((error: Error) => error),
    ]);
    const nodemailerDefault = nodemailerDefaultConnectionTimeoutMs();
    const swaksDefault = await swaksDefaultTimeoutSeconds();
    const ours = summarize(times);
    const peerValue = (run: ChildTiming | Error) =>
      run instanceof Error ? 'not run' : run.timedOut ? `> ${Math.round(options.capMs / 1000)} s (killed)` : `${ms(run.ms)} (exit ${String(run.code)})`;
    const rows: BenchRow[] = [
      {
        label: `ours: runProbe, default timeouts (connect ${DEFAULT_TIMEOUTS.connect} ms)`,
        value: ms(ours.median),
        spread: spreadOf(ours),
        budget: `≤ ${BUDGET_MS} ms`,
        status: statusOf(ours.median <= BUDGET_MS),
      },
      { label: `nodemailer verify(), defaults [1]`, value: peerValue(nodemailerRun) },
      { label: `swaks, defaults [2]`, value: peerValue(swaksRun) },
    ];
    return {
      title: `2. Blocked port (silent drop): time to a verdict (ours: median of ${options.runs})`,
      rows,
      notes: [
        `nodemailer default connectionTimeout = ${nodemailerDefault.ms === null ? 'not found' : `${nodemailerDefault.ms / 1000} s`} (read from ${nodemailerDefault.source}); run in a child process and killed at ${options.capMs / 1000} s.`,
        `swaks default --timeout = ${swaksDefault === null ? 'not found' : `${swaksDefault} s`} (from \`swaks --help\`); \`swaks --quit-after CONNECT\`, killed at ${options.capMs / 1000} s.`,
      ],
      raw: {
        budgetMs: BUDGET_MS,
        oursMs: times,
        capMs: options.capMs,
        nodemailer: { ms: nodemailerRun.ms, timedOut: nodemailerRun.timedOut, exit: nodemailerRun.code, defaultConnectionTimeoutMs: nodemailerDefault.ms },
        swaks: swaksRun instanceof Error ? { error: swaksRun.message } : { ms: swaksRun.ms, timedOut: swaksRun.timedOut, exit: swaksRun.code, defaultTimeoutS: swaksDefault },
      },
    };
  } finally {
    await lab.close();
  }
}
