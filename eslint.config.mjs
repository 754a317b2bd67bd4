// Lint keeps the process boundaries of docs/architecture.md ("The walls") true: what may import what.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// MSAL is main-only too: the renderer learns who is signed in, never a token or the library that holds one.
const nodeOnly = ['electron', 'electron/*', 'node:*', 'nodemailer', 'nodemailer/*', 'keytar', 'electron-store', 'conf', 'smtp-server', '@azure/msal-*'];
const nodeBuiltins = ['fs', 'path', 'os', 'net', 'tls', 'dns', 'crypto', 'child_process', 'http', 'https', 'stream', 'util', 'url', 'events', 'buffer'];

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw ipcMain/ipcRenderer only in electron/ipc.ts and electron/preload.ts; use the typed registry.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'nodemailer', 'keytar', 'electron-store', 'conf', 'smtp-server', '@azure/msal-node'].map((name) => ({
            name,
            message: 'The renderer is sandboxed: talk to the main process through window.mailSetup.',
          })),
          patterns: [{ group: nodeOnly, message: 'The renderer is sandboxed: talk to the main process through window.mailSetup.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
          patterns: [
            { group: nodeOnly, message: 'shared/ is pure code: no Node, Electron or I/O libraries.' },
            { group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*', '../test/*', '../../test/*', '../../../*'], message: 'shared/ imports only shared/.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ is UI-free.' },
          ],
        },
      ],
    },
  },
  {
    // Services run under plain Node: only the composition root and the preload touch Electron.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [rawIpc, { name: 'electron', allowTypeImports: true, message: 'Services never import electron: inject what they need (main.ts wires it).' }],
          patterns: [{ group: ['../renderer/*', '../../renderer/*'], message: 'The main process does not import renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/main.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [rawIpc] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
