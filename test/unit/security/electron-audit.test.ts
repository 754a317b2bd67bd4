/**
 * The Electron security audit as tests: the checks of @doyensec/electronegativity
 * (https://github.com/doyensec/electronegativity/wiki), written over our own sources.
 * The tool itself is not a dependency: it fetches translations and Electron's release
 * list from GitHub on every run, which cannot be turned off and has no network here, and
 * it pulls in ESLint 7 and TypeScript 4.2. SECURITY.md lists what its one run over these
 * sources reported and why each finding is handled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|html|mjs)$/.test(entry.name))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file: relative(root, file), text: readFileSync(file, 'utf8') };
    });
}

const APP = [...sources('electron'), ...sources('renderer'), ...sources('shared')];

/** Where `pattern` occurs in the app's sources, as "file: line". */
function occurrences(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const { file, text } of APP) {
    text.split('\n').forEach((line, i) => {
      // Code only: a comment naming an API is not a use of it.
      if (/^\s*(\*|\/\/|\/\*)/.test(line)) return;
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

// Checks whose pattern must never occur anywhere in the app.
const NEVER: [string, RegExp][] = [
  ['NODE_INTEGRATION_JS_CHECK', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
  ['CONTEXT_ISOLATION_JS_CHECK', /contextIsolation\s*:\s*false/],
  ['SANDBOX_JS_CHECK', /sandbox\s*:\s*false|--no-sandbox|enable-sandbox/],
  ['WEB_SECURITY_JS_CHECK', /webSecurity\s*:\s*false/],
  ['INSECURE_CONTENT_JS_CHECK', /allowRunningInsecureContent\s*:\s*true/],
  ['EXPERIMENTAL_FEATURES_JS_CHECK', /experimentalFeatures\s*:\s*true|enableBlinkFeatures/],
  ['WEBVIEW / ALLOWPOPUPS_HTML_CHECK', /webviewTag\s*:\s*true|<webview|allowpopups/i],
  ['REMOTE_MODULE_JS_CHECK', /enableRemoteModule|@electron\/remote/],
  ['CERTIFICATE_VERIFY_PROC_JS_CHECK', /setCertificateVerifyProc/],
  ['CERTIFICATE_ERROR_EVENT_JS_CHECK', /['"]certificate-error['"]/],
  ['PROTOCOL_HANDLER_JS_CHECK', /protocol\.(register|handle|intercept)|setAsDefaultProtocolClient/],
  ['SECURITY_WARNINGS_DISABLED_JS_CHECK', /ELECTRON_DISABLE_SECURITY_WARNINGS/],
  ['CUSTOM_ARGUMENTS_JS_CHECK', /appendSwitch|appendArgument|additionalArguments/],
  ['DANGEROUS_FUNCTIONS_JS_CHECK', /executeJavaScript|insertCSS|\beval\(|new Function\(/],
  ['HTTP_RESOURCES_JS_CHECK', /loadURL\(\s*['"`]http:/],
  ['BLINK_FEATURES_JS_CHECK', /enableBlinkFeatures/],
  ['OPEN_EXTERNAL without allow-list', /shell\.openExternal\((?![^)]*\burl\b)/],
  ['raw IPC exposed to the page', /exposeInMainWorld\([^)]*ipcRenderer/],
];

describe('Electron security audit (electronegativity checks as tests)', () => {
  it('reads the sources it audits', () => {
    expect(APP.length).toBeGreaterThan(100);
    expect(APP.some((s) => s.file === 'electron/main.ts')).toBe(true);
  });

  it.each(NEVER)('%s: nothing found', (_id, pattern) => {
    expect(occurrences(pattern)).toEqual([]);
  });

  it('OPEN_EXTERNAL_JS_CHECK: each call opens only a URL its allow-list passed', () => {
    // Two calls: links from the page (https help pages) and Microsoft's sign-in page in the browser.
    expect(occurrences(/shell\.openExternal/).map((line) => line.replace(/:\d+:/, ':'))).toEqual([
      'electron/main.ts: attachContentsGuards(contents, APP_URL, (url) => void shell.openExternal(url));',
      'electron/main.ts: openExternal: (url) => shell.openExternal(url),',
    ]);
    const policy = readFileSync(join(root, 'electron/window-policy.ts'), 'utf8');
    expect(policy).toContain('if (isAllowedExternalUrl(url)) openExternal(url);');
    // The sign-in opener is handed only to signInPageOpener, which refuses any page but the authorize endpoints.
    const signIn = readFileSync(join(root, 'electron/handlers/oauth-app.ts'), 'utf8');
    expect(signIn).toContain('openBrowser: signInPageOpener(options.openExternal, authorizeEndpoints(tenant), log)');
    expect(signIn).toContain('if (!isSignInPageUrl(url, endpoints)) {');
    expect(signIn).toContain("throw new Error('the sign-in page address was not one this app signs in at');");
  });

  it('LIMIT_NAVIGATION / PERMISSION_REQUEST_HANDLER global checks: the guards are installed for every web contents', () => {
    const main = readFileSync(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => \{\s*attachContentsGuards\(/);
    expect(main).toContain('attachSessionGuards(session.defaultSession);');
    expect(main.indexOf('installGuards();')).toBeLessThan(main.indexOf("createWindow('main')"));
  });

  it('PRELOAD_JS_CHECK: the preload exposes one typed object and never ipcRenderer itself', () => {
    const preload = readFileSync(join(root, 'electron/preload.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('mailSetup', \{[^}]*\} as MailSetupApi\);/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b(?!\.)/);
    // Each method is bound to its own channel from the contract; the page never names one.
    expect(preload).toMatch(/ipcRenderer\.invoke\(channel, request\)/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|postMessage)\(/);
  });

  it('CSP_GLOBAL_CHECK: the app page and every exported HTML page carry a CSP', () => {
    // The exported sheet and report (also printed in the hidden window) allow no script at all.
    expect(occurrences(/http-equiv="Content-Security-Policy"/).map((line) => line.split(':')[0])).toEqual(['renderer/index.html', 'shared/export/html-page.ts']);
    expect(occurrences(/http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/)).toHaveLength(1);
  });

  it('ELECTRON_VERSION_JSON_CHECK: a current Electron major, pinned exactly', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pkg.devDependencies['electron']?.split('.')[0])).toBeGreaterThanOrEqual(40);
  });
});
