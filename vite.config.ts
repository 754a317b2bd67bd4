/**
 * One build for all three bundles: the renderer (React, served as static files),
 * and through vite-plugin-electron the main process (CJS) and the preload (one CJS
 * file, so the renderer can stay sandboxed), plus the CLI as one file runnable with
 * plain Node (`node dist-electron/cli.cjs`). Only keytar stays external: it is a
 * native module that electron-builder unpacks from the asar.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import electron from 'vite-plugin-electron';

const root = import.meta.dirname;
const nodeBundle = (entry: string, fileName: string) => ({
  entry: resolve(root, entry),
  // The app is launched by scripts/start.mjs after the build, not by the plugin.
  onstart: () => undefined,
  vite: {
    // Microsoft sign-in: a publisher's own app registration (electron/oauth/build-client-id.ts).
    define: { __MSA_OAUTH_CLIENT_ID__: JSON.stringify(process.env.MSA_OAUTH_CLIENT_ID ?? '') },
    build: {
      outDir: resolve(root, 'dist-electron'),
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: { entry: resolve(root, entry), formats: ['cjs' as const], fileName: () => fileName },
      rolldownOptions: { external: ['keytar'], output: { codeSplitting: false } },
    },
  },
});

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), electron([nodeBundle('electron/main.ts', 'main.cjs'), nodeBundle('electron/preload.ts', 'preload.cjs'), nodeBundle('electron/cli.ts', 'cli.cjs')])],
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
  },
});
