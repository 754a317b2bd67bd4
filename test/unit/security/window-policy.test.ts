import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachContentsGuards,
  attachSessionGuards,
  chooseAppUrl,
  isPermissionGranted,
  secureWebPreferences,
  windowOptions,
  type GuardedContents,
} from '../../../electron/window-policy';

const root = join(import.meta.dirname, '../../..');
const BUILT = 'file:///Applications/Mail%20Setup%20Assistant.app/Contents/Resources/app.asar/dist/renderer/index.html';
const PRELOAD = '/app/dist-electron/preload.cjs';

describe('which page the window loads (issue 13: packaged app obeyed VITE_DEV_SERVER_URL)', () => {
  it('a packaged app ignores VITE_DEV_SERVER_URL', () => {
    for (const devServerUrl of ['https://evil.example/', 'http://localhost:5173/', 'file:///tmp/x.html']) {
      expect(chooseAppUrl({ isPackaged: true, devServerUrl, builtUrl: BUILT })).toBe(BUILT);
    }
  });

  it('a development run honours it only for a dev server on this computer', () => {
    const dev = (devServerUrl: string | undefined) => chooseAppUrl({ isPackaged: false, devServerUrl, builtUrl: BUILT });
    expect(dev('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(dev('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(dev('https://evil.example/')).toBe(BUILT);
    expect(dev('http://localhost.evil.example/')).toBe(BUILT);
    expect(dev('not a url')).toBe(BUILT);
    expect(dev(undefined)).toBe(BUILT);
    expect(dev('')).toBe(BUILT);
  });

  it('main.ts reads the variable only through chooseAppUrl, with app.isPackaged', () => {
    const main = readFileSync(join(root, 'electron/main.ts'), 'utf8');
    expect(main.match(/VITE_DEV_SERVER_URL/g)).toHaveLength(1);
    expect(main).toMatch(/chooseAppUrl\(\{\s*isPackaged: app\.isPackaged,\s*devServerUrl: process\.env\.VITE_DEV_SERVER_URL/);
    // Every window comes from the one factory, with options from window-policy.ts.
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main).toContain('new BrowserWindow(windowOptions(kind, PRELOAD, app.getName(), options))');
  });
});

describe('webPreferences', () => {
  const SECURE = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    disableBlinkFeatures: 'Auxclick',
  };

  it('the app window is isolated and sandboxed, with the preload', () => {
    expect(secureWebPreferences('main', PRELOAD)).toMatchObject({ ...SECURE, preload: PRELOAD });
  });

  it('the hidden print window has no preload and runs no script (issue 13)', () => {
    const prefs = secureWebPreferences('print', PRELOAD, { preload: '/evil.cjs' });
    expect(prefs).toMatchObject({ ...SECURE, javascript: false });
    expect(prefs.preload).toBeUndefined();
    expect(windowOptions('print', PRELOAD, 'x').show).toBe(false);
  });

  it('no caller option can undo a security setting (property)', () => {
    const anyValue = fc.oneof(fc.boolean(), fc.string(), fc.constant(undefined));
    const extras = fc.record(Object.fromEntries(Object.keys(SECURE).map((key) => [key, anyValue])), { requiredKeys: [] });
    fc.assert(
      fc.property(extras, fc.constantFrom('main' as const, 'print' as const), fc.boolean(), (extra, kind, show) => {
        const options = windowOptions(kind, PRELOAD, 'Mail Setup Assistant', { show, webPreferences: extra });
        expect(options.webPreferences).toMatchObject(SECURE);
        expect(options.show).toBe(false);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Fires an event the way Electron does; returns whether the guard prevented it. */
  const fire = (event: string, url = '') => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('navigation, new-window and webview guards', () => {
  const opened: string[] = [];
  const fake = fakeContents();
  attachContentsGuards(fake.contents, BUILT, (url) => opened.push(url));

  it('listens for every way a page can leave', () => {
    expect([...fake.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: stays on the app page, blocks everything else', (event) => {
    expect(fake.fire(event, `${BUILT}#/wizard`)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(fake.fire(event, url)).toBe(true);
    }
  });

  it('a webview can never attach', () => {
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('new windows are always denied; allow-listed https links go to the browser', () => {
    expect(fake.open('https://learn.microsoft.com/en-us/exchange/')).toEqual({ action: 'deny' });
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.open('http://learn.microsoft.com/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://learn.microsoft.com/en-us/exchange/']);
  });
});

describe('permission guards', () => {
  it('grants only clipboard writes, to requests and checks alike', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    attachSessionGuards({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const answers: Record<string, boolean> = {};
    for (const permission of ['clipboard-sanitized-write', 'clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      request!(null, permission, (granted) => (answers[permission] = granted));
      expect(check!(null, permission)).toBe(answers[permission]);
    }
    expect(Object.entries(answers).filter(([, granted]) => granted).map(([p]) => p)).toEqual(['clipboard-sanitized-write']);
    expect(isPermissionGranted('')).toBe(false);
  });
});
