/**
 * Composition root: the window, the app lifecycle and the wiring of services into
 * IPC. Everything with logic lives in Node-only modules; this file only hands them
 * Electron objects.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, net, session, shell, type BrowserWindowConstructorOptions } from 'electron';
import ElectronStore from 'electron-store';
import { PROBE_EVENT_CHANNEL, SIGN_IN_EVENT_CHANNEL } from '../shared/contract';
import { cliModeArgs, runCliMode } from './cli-mode';
import { createHandlers } from './handlers';
import { createAppSignIn } from './handlers/oauth-app';
import { loadOrgDefaults, orgDefaultsCandidates } from './settings/org-defaults';
import { createSettingsService } from './settings/settings-service';
import type { SettingsStoreFactory } from './settings/settings-store';
import { createKeytarVault } from './vault/keytar-vault';
import { bindRegistryToIpcMain, createIpcRegistry } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { isAppPageUrl } from './security-policy';
import { attachContentsGuards, attachSessionGuards, chooseAppUrl, windowOptions, type WindowKind } from './window-policy';

const APP_URL = chooseAppUrl({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.VITE_DEV_SERVER_URL,
  builtUrl: pathToFileURL(path.join(__dirname, '../dist/renderer/index.html')).href,
});
const PRELOAD = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

/** The one window factory; options and guards are decided in window-policy.ts. */
function createWindow(kind: WindowKind, options: BrowserWindowConstructorOptions = {}): BrowserWindow {
  const window = new BrowserWindow(windowOptions(kind, PRELOAD, app.getName(), options));
  // Shown once painted, so the window never flashes blank; the print window stays hidden.
  if (kind === 'main') window.once('ready-to-show', () => window.show());
  return window;
}

/** Global guards for every web contents and the default session. */
function installGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    attachContentsGuards(contents, APP_URL, (url) => void shell.openExternal(url));
  });
  attachSessionGuards(session.defaultSession);
}

// electron-store is conf plus Electron's paths; its `name` option sets the file name.
const electronStoreFactory: SettingsStoreFactory = (o) =>
  new ElectronStore({ name: o.configName, cwd: o.cwd, schema: o.schema as never, rootSchema: o.rootSchema as never, defaults: o.defaults });

/** Prints self-contained HTML (the instruction sheet) to PDF in a hidden window without preload or script. */
async function printPdf(html: string): Promise<Uint8Array> {
  const window = createWindow('print');
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}

/** The menu in the main process's current language (rebuilt when it changes). */
function setMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.getName())));
}

async function wireIpc(): Promise<void> {
  const appDir = process.platform === 'darwin' ? path.resolve(app.getPath('exe'), '../../../..') : path.dirname(app.getPath('exe'));
  const orgDefaults = await loadOrgDefaults({
    candidates: orgDefaultsCandidates({ platform: process.platform, appDir, env: process.env }),
    readFile: (file) => readFile(file, 'utf8'),
  });
  const vault = createKeytarVault();
  // Microsoft sign-in: client id from the org defaults, else the built-in one, else "not set up";
  // the browser opens only Microsoft's sign-in page (oauth-app.ts refuses any other address).
  const oauth = createAppSignIn({
    orgDefaults: orgDefaults.defaults,
    vault,
    openExternal: (url) => shell.openExternal(url),
    env: process.env,
    log: (line) => console.log(`[sign-in] ${line}`),
  });
  const handlers = createHandlers({
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    isOnline: () => net.isOnline(),
    emitProbeEvent: (event) => mainWindow?.webContents.send(PROBE_EVENT_CHANNEL, event),
    emitSignInEvent: (event) => mainWindow?.webContents.send(SIGN_IN_EVENT_CHANNEL, event),
    oauth,
    settings: createSettingsService({ cwd: app.getPath('userData'), storeFactory: electronStoreFactory }),
    vault,
    orgDefaults,
    chooseSavePath: async (defaultPath, filters) => {
      const options = { defaultPath: path.join(app.getPath('documents'), defaultPath), filters };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled ? null : chosen.filePath;
    },
    printPdf,
    showItemInFolder: (file) => shell.showItemInFolder(file),
    openPath: (file) => shell.openPath(file),
    logger: { error: (message, detail) => console.error(message, detail) },
    systemLocale: app.getLocale(),
    onLocaleChange: setMenu,
  });
  const registry = createIpcRegistry(handlers, {
    isTrustedSender: (sender) => sender.fromMainWindow && isAppPageUrl(sender.url, APP_URL),
    logger: { error: (message, detail) => console.error(message, detail) },
  });
  await bindRegistryToIpcMain(registry, (event) => ({
    url: event.senderFrame?.url ?? '',
    fromMainWindow: mainWindow !== null && event.sender.id === mainWindow.webContents.id,
  }));
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(async () => {
    setMenu();
    installGuards();
    await wireIpc();
    mainWindow = createWindow('main');
    mainWindow.on('closed', () => (mainWindow = null));
    await mainWindow.loadURL(APP_URL);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createWindow('main');
        void mainWindow.loadURL(APP_URL);
      }
    });
  });
}

// `<app> --cli …` is the window-less command line (cli-mode.ts); anything else opens the window.
const cliArgs = cliModeArgs(process.argv, process.defaultApp === true);
if (cliArgs) void runCliMode(cliArgs, app);
else start();
