/**
 * Every security decision main.ts makes about windows, as plain functions over minimal
 * shapes of Electron's objects, so they are unit tested under Node (the Electron binary
 * cannot run on the build machines). Each follows an item of Electron's security
 * checklist, https://www.electronjs.org/docs/latest/tutorial/security (numbers below).
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation } from './security-policy';

export type WindowKind = 'main' | 'print';

export interface AppUrlInput {
  isPackaged: boolean;
  /** process.env.VITE_DEV_SERVER_URL */
  devServerUrl: string | undefined;
  /** file:// URL of the built renderer. */
  builtUrl: string;
}

/**
 * The page the window loads. Only an unpackaged (development) run honours
 * VITE_DEV_SERVER_URL, and only for a dev server on this computer: in a packaged app
 * anyone who can set an environment variable for the session could otherwise load a
 * remote page into the window that holds the full window.mailSetup API.
 */
export function chooseAppUrl(input: AppUrlInput): string {
  if (input.isPackaged || !input.devServerUrl) return input.builtUrl;
  try {
    const url = new URL(input.devServerUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url.href : input.builtUrl;
  } catch {
    return input.builtUrl;
  }
}

/**
 * webPreferences for a window of the given kind. The security options come last so no
 * caller-supplied option can undo them (checklist 2–4, 6, 8–10, 16). Only the app's own
 * window gets the preload (and with it window.mailSetup); the hidden print window runs
 * no script at all.
 */
export function secureWebPreferences(kind: WindowKind, preloadPath: string, extra: WebPreferences = {}): WebPreferences {
  return {
    ...extra,
    ...(kind === 'main' ? { preload: preloadPath } : { preload: undefined, javascript: false }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A middle click must not open a link in a new window (electronegativity AUXCLICK_JS_CHECK);
    // the window-open handler denies it anyway.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The options of one window; its webPreferences always come from secureWebPreferences. */
export function windowOptions(kind: WindowKind, preloadPath: string, title: string, options: BrowserWindowConstructorOptions = {}): BrowserWindowConstructorOptions {
  return {
    width: 960,
    height: 720,
    minWidth: 720,
    minHeight: 560,
    title,
    ...options,
    // Shown only once painted (main.ts listens for ready-to-show); helper windows never.
    show: false,
    webPreferences: secureWebPreferences(kind, preloadPath, options.webPreferences),
  };
}

/** The part of Electron's WebContents the guards use. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

/**
 * Guards for every web contents (checklist 13–15): navigation away from the app page and
 * redirects are blocked, webviews cannot attach, new windows are always denied, and an
 * allow-listed https link goes to the person's browser instead.
 */
export function attachContentsGuards(contents: GuardedContents, appUrl: string, openExternal: (url: string) => void): void {
  const blockUnlessAppPage = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockUnlessAppPage);
  contents.on('will-redirect', blockUnlessAppPage);
  contents.on('will-frame-navigate', blockUnlessAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** "Copy message for IT" writes to the clipboard; nothing else is ever granted (checklist 5). */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** The part of Electron's Session the permission guards use. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export function attachSessionGuards(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
