/**
 * The hostile-server fuzz lab (test/lab/fuzz): 2,000 seeded cases of random, malformed,
 * oversized, endless, slow and mid-TLS-garbage replies at every moment of the
 * conversation, STARTTLS, implicit TLS and plain, through the public runProbe API.
 * `npm run fuzz -- --cases N --seed S` runs more; each problem prints its replay command.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { behavioursFor, momentsFor, type FuzzSecurity } from '../../lab/fuzz/fuzz-case';
import { formatReport, runFuzz, type FuzzProblem, type FuzzReport } from '../../lab/fuzz/run-fuzz';

const SEED = 20261201;
const CASES = 2000;
let report: FuzzReport;

const problems = (kind: FuzzProblem['kind']) => report.problems.filter((p) => p.kind === kind).map((p) => `${p.detail} (replay: npm run fuzz -- --seed ${SEED} --case ${p.fuzz.index})`);

describe(`hostile servers: ${CASES} seeded cases (seed ${SEED})`, () => {
  beforeAll(async () => {
    report = await runFuzz({ cases: CASES, seed: SEED });
    console.log(formatReport(report));
  }, 240_000);

  it('covers every hostile act at every moment, in STARTTLS, implicit TLS and plain sessions', () => {
    expect(report.cases).toBe(CASES);
    const seen = new Set(Object.keys(report.byBehaviour));
    for (const security of ['starttls', 'tls', 'none'] as FuzzSecurity[]) {
      for (const moment of momentsFor(security, 'password', true)) {
        for (const behaviour of behavioursFor(security, moment)) expect(seen, `${behaviour}@${moment}`).toContain(`${behaviour}@${moment}`);
      }
    }
    expect(report.healthyCases).toBeGreaterThan(50);
  });

  it('never crashes and leaves no rejection unhandled', () => {
    expect(problems('crash')).toEqual([]);
    expect(report.unhandledRejections).toEqual([]);
  });

  it('every run and every stage ends within its budget', () => {
    expect(problems('over-budget')).toEqual([]);
    // The budgets allow for time the process was not run; no case may cause seconds of it.
    expect(report.maxLoopLagMs).toBeLessThan(5000);
  });

  it('holds the transcript and memory caps', () => {
    expect(problems('transcript-cap')).toEqual([]);
    expect(problems('result-cap')).toEqual([]);
    expect(report.peakHeapBytes).toBeLessThan(1024 * 1024 * 1024);
  });

  it('a healthy server still passes', () => {
    expect(problems('healthy-failed')).toEqual([]);
  });

  it('stored evidence (transcript, stage details, replies) keeps control characters escaped', () => {
    expect(report.unsafeEvidence).toBe(0);
  });

  it('never passes AUTH without a real 235', () => {
    expect(problems('pass-without-235')).toEqual([]);
  });
});
