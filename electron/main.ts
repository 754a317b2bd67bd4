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
import { PROBE_EVENT_CHANNEL } from '../shared/contract';
import { cliModeArgs, runCliMode } from './cli-mode';
import { createHandlers } from './handlers';
import { loadOrgDefaults, orgDefaultsCandidates } from './settings/org-defaults';
import { createSettingsService } from './settings/settings-service';
import type { SettingsStoreFactory } from './settings/settings-store';
import { createKeytarVault } from './vault/keytar-vault';
import { bindRegistryToIpcMain, createIpcRegistry } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { isAllowedExternalUrl, isAllowedNavigation, isAppPageUrl } from './security-policy';

const APP_URL = process.env.VITE_DEV_SERVER_URL ?? pathToFileURL(path.join(__dirname, '../dist/renderer/index.html')).href;

let mainWindow: BrowserWindow | null = null;

/** The one window factory. Security options are spread last so no caller can undo them. */
function createWindow(options: BrowserWindowConstructorOptions = {}, showWhenReady = true): BrowserWindow {
  const window = new BrowserWindow({
    width: 960,
    height: 720,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: app.getName(),
    ...options,
    webPreferences: {
      ...options.webPreferences,
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    },
  });
  // Shown once painted, so the window never flashes blank; helper windows stay hidden.
  if (showWhenReady) window.once('ready-to-show', () => window.show());
  return window;
}

/** Global guards for every web contents (checklist items 12–14 and 5). */
function installGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  // Deny everything but writing to the clipboard ("Copy message for IT").
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
}

// electron-store is conf plus Electron's paths; its `name` option sets the file name.
const electronStoreFactory: SettingsStoreFactory = (o) =>
  new ElectronStore({ name: o.configName, cwd: o.cwd, schema: o.schema as never, rootSchema: o.rootSchema as never, defaults: o.defaults });

/** Prints self-contained HTML (the instruction sheet) to PDF in a hidden, script-less window. */
async function printPdf(html: string): Promise<Uint8Array> {
  const window = createWindow({ show: false, webPreferences: { javascript: false } }, false);
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}

async function wireIpc(): Promise<void> {
  const appDir = process.platform === 'darwin' ? path.resolve(app.getPath('exe'), '../../../..') : path.dirname(app.getPath('exe'));
  const handlers = createHandlers({
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    isOnline: () => net.isOnline(),
    emitProbeEvent: (event) => mainWindow?.webContents.send(PROBE_EVENT_CHANNEL, event),
    settings: createSettingsService({ cwd: app.getPath('userData'), storeFactory: electronStoreFactory }),
    vault: createKeytarVault(),
    orgDefaults: await loadOrgDefaults({
      candidates: orgDefaultsCandidates({ platform: process.platform, appDir, env: process.env }),
      readFile: (file) => readFile(file, 'utf8'),
    }),
    chooseSavePath: async (defaultPath, filters) => {
      const options = { defaultPath: path.join(app.getPath('documents'), defaultPath), filters };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled ? null : chosen.filePath;
    },
    printPdf,
    showItemInFolder: (file) => shell.showItemInFolder(file),
    openPath: (file) => shell.openPath(file),
    logger: { error: (message, detail) => console.error(message, detail) },
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
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.getName())));
    installGuards();
    await wireIpc();
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    await mainWindow.loadURL(APP_URL);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createWindow();
        void mainWindow.loadURL(APP_URL);
      }
    });
  });
}

// `<app> --cli …` is the window-less command line (cli-mode.ts); anything else opens the window.
const cliArgs = cliModeArgs(process.argv, process.defaultApp === true);
if (cliArgs) void runCliMode(cliArgs, app);
else start();
