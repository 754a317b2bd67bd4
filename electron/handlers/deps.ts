import type { DiscoverDeps } from '../discover/discover';
import type { OutlookCheckDeps } from '../export/outlook-setup-check';
import type { ChooseSavePath } from '../export/save-export';
import type { OAuthService } from '../oauth/oauth-service';
import type { ProbeDeps } from '../probe';
import type { ResolveAuth } from '../runs/runs-service';
import type { SettingsService } from '../settings/settings-service';
import type { OrgDefaultsLoad } from '../settings/org-defaults';
import type { Vault } from '../vault/vault';
import type { Locale } from '../../shared/i18n';
import type { SignInEvent } from '../../shared/sign-in-ipc';
import type { ProbeEvent } from '../../shared/types';

/** Microsoft sign-in as the handlers and runs use it (electron/handlers/oauth-app.ts builds the app's). */
export interface AppSignIn {
  service: OAuthService;
  /** Tests only: sign in at the lab provider instead of Microsoft's authority for the preset. */
  authority?: string;
}

/**
 * Everything the IPC handlers need from the outside world. `electron/main.ts` passes
 * Electron-backed values (dialog, printToPDF, userData path); the E2E bridge and the
 * tests pass plain Node ones, so the handlers under test are the ones that ship.
 */
export interface HandlerDeps {
  appName: string;
  appVersion: string;
  platform: string;
  /** Connectivity as the OS sees it (Electron: net.isOnline()). */
  isOnline: () => boolean | Promise<boolean>;
  /** Delivers probe progress to the window that asked for it. */
  emitProbeEvent: (event: ProbeEvent) => void;
  /** Delivers sign-in progress (waiting in the browser, the code to type) to the window. */
  emitSignInEvent: (event: SignInEvent) => void;
  /** Microsoft sign-in; a service that is not configured says so in plain words. */
  oauth: AppSignIn;
  /** Probe dependencies (resolver, extra roots, clock); defaults are the real ones. */
  probe?: Omit<ProbeDeps, 'runId'>;
  /** Resolves a run's credential before it probes; default: Microsoft sign-in through `oauth`. */
  resolveAuth?: ResolveAuth;
  /** Discover dependencies (DNS lookups, network status); defaults are the real ones. */
  discover?: DiscoverDeps;
  settings: SettingsService;
  vault: Vault;
  orgDefaults: OrgDefaultsLoad;
  /** "Save as…": Electron's dialog in the app. Resolves null when the person cancels. */
  chooseSavePath: ChooseSavePath;
  /** Prints self-contained HTML to PDF (Electron's printToPDF in the app). */
  printPdf?: (html: string) => Promise<Uint8Array>;
  logger: { error: (message: string, detail?: unknown) => void };
  // ---- exports per mail app (additive) ----
  /** Electron's shell.showItemInFolder and shell.openPath (main passes them in); absent, the buttons say so. */
  showItemInFolder?: (path: string) => void;
  openPath?: (path: string) => Promise<string>;
  /** The Outlook set-up check's resolver, service URL and roots (tests: loopback). */
  outlookCheck?: OutlookCheckDeps;
  /** The system's language (Electron's app.getLocale()); absent: English unless the person chose one. */
  systemLocale?: string;
  /** Called when the main process's language changes, the start-up one included (main rebuilds the menu). */
  onLocaleChange?: (locale: Locale) => void;
  /** Where the signing password variable is read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}
