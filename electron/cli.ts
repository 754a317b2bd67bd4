#!/usr/bin/env node
/**
 * The CLI entry, bundled to dist-electron/cli.cjs (`mail-setup` through package.json's
 * `bin`; `npm run cli -- …` runs the same bundle): a second front end over the same
 * services as the app. Runs under plain Node; the packaged app runs the same commands
 * in its CLI mode (electron/cli-mode.ts). Commands load lazily (cli/commands.ts), and
 * everything after this file is a chunk, loaded once the compile cache is on
 * (cli/compile-cache.ts).
 */
import { enableCompileCache } from './cli/compile-cache';

enableCompileCache(process.env);
// exitCode, not exit(): Node ends once nothing is pending, with all output written.
void import('./cli/run-cli').then(({ runCli }) =>
  runCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  }),
);
