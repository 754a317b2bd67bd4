#!/usr/bin/env node
// `npm test`: typecheck, lint, then every test project (unit, renderer, integration
// — the latter against a private D-Bus session with an unlocked gnome-keyring —
// and E2E in system Chromium). Ends with one line counting the tests that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Not Playwright's outputDir (test-results/), which it empties when it starts.
const results = join('artifacts', 'reports');
mkdirSync(results, { recursive: true });
const vitestJson = join(results, 'vitest.json');
const playwrightJson = join(results, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const steps = [
  ['typecheck', ['npx', 'tsc', '-b']],
  ['lint', ['npx', 'eslint', '--max-warnings', '0', '.']],
  [
    'unit + renderer + integration',
    ['node', 'scripts/with-keyring.mjs', 'npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`],
  ],
  ['build', ['npx', 'vite', 'build', '--logLevel', 'warn']],
  ['e2e', ['node', 'scripts/with-keyring.mjs', 'npx', 'playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }],
];

const failedSteps = [];
for (const [name, [command, ...args], env] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  skipped += stats.skipped;
}
// A step that fails without a test result (typecheck, lint, build) still fails the run.
failed += failedSteps.filter((s) => ['typecheck', 'lint', 'build'].includes(s)).length;

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
