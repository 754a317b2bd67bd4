/**
 * One build for all bundles: the renderer (React, served as static files), and through
 * vite-plugin-electron the main process (CJS), the preload (one CJS file, so the
 * renderer can stay sandboxed) and the CLI (`node dist-electron/cli.cjs`, runnable with
 * plain Node). The CLI is code-split: its entry holds only the dispatcher and the
 * command names, and each command's code is a chunk in dist-electron/cli-chunks/ that
 * loads when that command runs, so `explain` and `--help` start in little more than
 * Node's own start-up. Only keytar stays external: it is a native module that
 * electron-builder unpacks from the asar.
 *
 * `MSA_BUILD_ONLY=cli vite build` (or main, preload) builds just that bundle, with the
 * options the plugin would use (resolveViteConfig is the plugin's own): `npm run cli`
 * (scripts/cli.mjs) rebuilds the CLI this way, and tests build main.cjs this way.
 */
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import electron, { resolveViteConfig, withExternalBuiltins, type ElectronOptions } from 'vite-plugin-electron';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist-electron');
const rendererRoot = resolve(root, 'renderer');

/**
 * Values baked into the bundles at build time (vite `define`). The CLI build records them
 * in its manifest, so `npm run cli` rebuilds when one of them changes, not only a file.
 */
const BUILD_ENV = { MSA_OAUTH_CLIENT_ID: process.env['MSA_OAUTH_CLIENT_ID'] ?? '' };

/**
 * The CLI build writes `cli.inputs.json` next to the bundle: every source file the bundle
 * was built from, the build's start time and the files it wrote, so `npm run cli`
 * (scripts/cli.mjs) can tell with a few stat() calls whether the bundle is older than its
 * sources. It also removes chunks an earlier build left behind (the output folder is
 * shared with main and preload, so it is never emptied as a whole).
 */
const CLI_MANIFEST = 'cli.inputs.json';
const CLI_CHUNK_DIR = 'cli-chunks';

interface CliManifest {
  /** When the build started (ms since epoch): a source changed after this is newer than the bundle. */
  startedAtMs: number;
  /** Files written, relative to the output folder (the entry first). */
  outputs: string[];
  /** Sources and config the bundle depends on, relative to the project root ('/' separated). */
  inputs: string[];
  /** The build-time values it was built with (BUILD_ENV). */
  env: Record<string, string>;
}

function cliBundlePlugin(root: string, outDir: string, configFiles: readonly string[]): Plugin {
  let startedAtMs = 0;
  return {
    name: 'mail-setup:cli-bundle',
    buildStart() {
      startedAtMs = Date.now();
    },
    generateBundle(_options, bundle) {
      const inputs = new Set(configFiles);
      const outputs: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        outputs[file.isEntry ? 'unshift' : 'push'](file.fileName);
        for (const id of file.moduleIds) {
          // Dependencies are covered by package-lock.json; virtual modules have no file.
          if (id.startsWith('\0') || id.includes(`${sep}node_modules${sep}`) || !id.startsWith(root)) continue;
          inputs.add(relative(root, id).split(sep).join('/'));
        }
      }
      const manifest: CliManifest = { startedAtMs, outputs, inputs: [...inputs].sort(), env: BUILD_ENV };
      this.emitFile({ type: 'asset', fileName: CLI_MANIFEST, source: `${JSON.stringify(manifest, null, 1)}\n` });
    },
    writeBundle(_options, bundle) {
      // The entry is package.json's `bin` (it starts with a #! line): executable like any command.
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) chmodSync(join(outDir, file.fileName), 0o755);
      const chunkDir = join(outDir, CLI_CHUNK_DIR);
      let present: string[] = [];
      try {
        present = readdirSync(chunkDir);
      } catch {
        return;
      }
      for (const name of present) if (!(`${CLI_CHUNK_DIR}/${name}` in bundle)) rmSync(join(chunkDir, name), { force: true });
    },
  };
}

// What the CLI's freshness check also watches besides the bundled sources.
const CLI_CONFIG_FILES = ['vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.base.json'];

function nodeBundle(entry: string, fileName: string, options: { split?: boolean; plugins?: UserConfig['plugins'] } = {}): ElectronOptions {
  return {
    // No top-level `entry`: the plugin's default lib config would add an ES build of the
    // same file name, built first and then overwritten by the CJS one.
    // The app is launched by scripts/start.mjs after the build, not by the plugin.
    onstart: () => undefined,
    vite: {
      root: rendererRoot,
      plugins: options.plugins ?? [],
      // Microsoft sign-in: a publisher's own app registration (electron/oauth/build-client-id.ts).
      define: { __MSA_OAUTH_CLIENT_ID__: JSON.stringify(BUILD_ENV.MSA_OAUTH_CLIENT_ID) },
      build: {
        outDir,
        emptyOutDir: false,
        // Maps stay beside the bundles for debugging; Node reads them only with
        // --enable-source-maps, and electron-builder leaves them out of the package.
        sourcemap: true,
        minify: false,
        lib: { entry: resolve(root, entry), formats: ['cjs'], fileName: () => fileName },
        rolldownOptions: {
          external: ['keytar'],
          output: options.split
            ? { codeSplitting: true, chunkFileNames: `${CLI_CHUNK_DIR}/[name]-[hash:8].cjs` }
            : { codeSplitting: false },
        },
      },
    },
  };
}

const nodeBundles = {
  main: nodeBundle('electron/main.ts', 'main.cjs'),
  preload: nodeBundle('electron/preload.ts', 'preload.cjs'),
  cli: nodeBundle('electron/cli.ts', 'cli.cjs', { split: true, plugins: [cliBundlePlugin(root, outDir, CLI_CONFIG_FILES)] }),
};

const fullBuild = defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), electron(Object.values(nodeBundles))],
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
  },
});

const only = process.env['MSA_BUILD_ONLY'];
const onlyBundle = only === 'cli' || only === 'main' || only === 'preload' ? nodeBundles[only] : undefined;
export default onlyBundle ? withExternalBuiltins(resolveViteConfig(onlyBundle)) : fullBuild;
