/**
 * `npm run fuzz -- --cases N --seed S [--case K ...] [--concurrency C]`: a longer
 * hostile-server run than `npm test` makes. Prints the seed (random unless given) so any
 * run can be replayed, and each problem with the command that replays just that case.
 * Exit code 1 when any check failed.
 */
import { parseArgs } from 'node:util';
import { formatReport, runFuzz } from './run-fuzz';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    case: { type: 'string', multiple: true },
    concurrency: { type: 'string', default: '48' },
  },
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
const cases = Number(values.cases);
const only = values.case?.map(Number);
if (!Number.isInteger(seed) || !Number.isInteger(cases) || cases < 1 || only?.some((n) => !Number.isInteger(n))) {
  process.stderr.write('usage: npm run fuzz -- --cases N --seed S [--case K ...] [--concurrency C]\n');
  process.exit(2);
}
process.stdout.write(`fuzz: seed ${seed} (replay with --seed ${seed})\n`);
let shown = 0;
const report = await runFuzz({
  cases,
  seed,
  concurrency: Number(values.concurrency),
  ...(only ? { only } : {}),
  onProgress: (done, total) => {
    if (process.stderr.isTTY && (done === total || done - shown >= 100)) {
      shown = done;
      process.stderr.write(`\r${done}/${total}`);
    }
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
process.stdout.write(formatReport(report));
const failed = report.problems.length > 0 || report.unhandledRejections.length > 0;
process.exit(failed ? 1 : 0);
