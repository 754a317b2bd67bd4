/**
 * The IPC contract: one map from channel to request/response types. The preload's
 * API and the main-process registry are both typed from it, so a channel added here
 * fails to compile until both sides exist.
 */
import type { DiscoverOptions, DiscoverResult, DomainCheck } from './discovery';
import type { AccountInput } from './export/export-account';
import type { MailApp, PlanTarget } from './export/app-kinds';
import type { OutlookSetupCheck } from './export/outlook-check';
import type { OrgDefaults, Preferences, Profile, ProfileInput, SettingsNotice } from './profile';
import type { Locale } from './i18n/translation';
import type { Result } from './result';
import type { PageProbeRequest, SignInAttempt, SignInEvent, SignInStartRequest, SignInStatus, SignOutResponse } from './sign-in-ipc';
import type { PresetId, ProbeEvent } from './types';

export interface AppInfo {
  name: string;
  version: string;
  platform: 'win32' | 'darwin' | 'linux' | 'other';
  /** The operating system's view of connectivity; the live test needs it. */
  online: boolean;
}

/** What the window needs once at start: preferences, the IT defaults, and problems to tell the person. */
export interface StartupInfo {
  preferences: Preferences;
  orgDefaults: OrgDefaults;
  /** Where the organisation defaults came from, or null for the built-in ones. */
  orgDefaultsSource: string | null;
  notices: SettingsNotice[];
}

/** The language the app speaks: the person's saved choice, else the system's (`chosen` null). */
export interface LocaleInfo {
  locale: Locale;
  chosen: Locale | null;
}

/** Result of saving a profile after a test; the secret itself never comes back. */
export interface SaveProfileResponse {
  profile: Profile;
  /** Whether the password (or, for a Microsoft sign-in profile, the sign-in) is kept in the keychain, and if not, why. */
  remembered: 'saved' | 'not-ticked' | 'test-not-passed' | 'no-secret' | 'keychain-unavailable';
  keychainReason?: string;
}

// ---- Exports per mail app ----
/** Save one file of an app's plan; the report needs the run it describes. */
export interface AppFileSaveRequest {
  target: PlanTarget;
  account?: AccountInput;
  appleTarget?: 'ios' | 'macos';
  /** For the sheet: only this app's steps and notes. */
  app?: MailApp;
  runId?: string;
}

export interface AppFileSaved {
  /** Names the saved files for "Show in folder" / "Open"; the page never sends a path. */
  savedId: string;
  paths: string[];
  notes: string[];
  /** Apple profiles: whether it was signed with IT's certificate; null for other files. */
  signed: boolean | null;
  /** Whether "Open" is offered (never for the .cmd/.prf pair, which would run a script). */
  canOpen: boolean;
}

/** What main knows from IT that changes the plan: signing and EWS. No key, password or path. */
export interface ExportCapabilities {
  signing: { state: 'off' | 'ready' | 'problem'; signer?: string; problem?: string };
  ewsAllowed: boolean;
}
// ---- end of the exports block ----

export interface Channels {
  'app:info': { request: void; response: AppInfo };
  /**
   * Starts a live test under a run id the page chose (crypto.randomUUID()) after it
   * subscribed to 'probe:event', so no event can arrive before the page knows the id.
   * A malformed or already used id is refused. Microsoft sign-in names the signed-in
   * account by key (`auth: { method: 'oauth2', account, address }`); the page never sends a token.
   */
  'probe:start': { request: PageProbeRequest & { runId: string }; response: { runId: string } };
  'probe:cancel': { request: { runId: string }; response: { cancelled: boolean } };
  'settings:startup': { request: void; response: StartupInfo };
  'settings:locale': { request: void; response: LocaleInfo };
  /** Saves the person's language (null: follow the system again); exports, reports and menus use it from then on. */
  'settings:set-locale': { request: { locale: Locale | null }; response: LocaleInfo };
  'profiles:list': { request: void; response: Profile[] };
  /** Saves (upserts) a profile; with `rememberFromRunId` and `remember`, stores that run's password if the run signed in. */
  'profiles:save': { request: { profile: ProfileInput; rememberFromRunId?: string; remember?: boolean }; response: SaveProfileResponse };
  'profiles:rename': { request: { id: string; name: string }; response: Profile };
  /** `signedOut`: the profile was the last to use its Microsoft account, which was signed out. */
  'profiles:delete': { request: { id: string }; response: { secret: 'deleted' | 'none' | 'kept-shared' | 'failed'; signedOut: boolean } };
  /** Also signs out every Microsoft account (`signedOut` of them). */
  'profiles:forget-all': { request: void; response: { profilesRemoved: number; secretsRemoved: number; keychainFailed: boolean; signedOut: number } };
  /**
   * Re-tests a saved profile with its remembered password (read in main, never sent to the page)
   * or, silently, its remembered Microsoft sign-in; `runId` as for probe:start, else main picks one.
   */
  'profiles:retest': { request: { id: string; runId?: string }; response: { runId: string } };
  'vault:has': { request: { address: string }; response: { stored: boolean } };
  'vault:delete': { request: { address: string }; response: { deleted: boolean } };
  /** MX / SPF / autodiscover / DMARC for the domain of an address. */
  'discover:check-domain': { request: { domain: string }; response: DomainCheck };
  /** What works from this network: the port matrix with a recommendation. One at a time; a new one cancels the last. */
  'discover:run': { request: { input: string; options?: DiscoverOptions }; response: DiscoverResult };
  // ---- exports per mail app (additive) ----
  'export:capabilities': { request: void; response: ExportCapabilities };
  /** Builds one plan file (signed when IT set up signing) and asks where to save it; cancelled is error CANCELLED. */
  'export:save-file': { request: AppFileSaveRequest; response: AppFileSaved };
  /** Will Outlook's "add account" find this mailbox? DNS + Microsoft's Autodiscover service, from this computer. */
  'export:check-outlook': { request: { address: string }; response: OutlookSetupCheck };
  'export:show-in-folder': { request: { savedId: string }; response: { shown: true } };
  'export:open': { request: { savedId: string }; response: { opened: true } };
  /** Whether Microsoft sign-in works in this copy (and for this kind of account), who is signed in, and whether the keychain remembers it. */
  'oauth:status': { request: { presetId?: PresetId }; response: SignInStatus };
  /**
   * Signs in under an id the page chose after it subscribed to 'oauth:event'; answers when the
   * sign-in ends (a failure is a `failed` value, not an error). A new sign-in stops the last one.
   */
  'oauth:sign-in': { request: SignInStartRequest; response: SignInAttempt };
  /** Stops that sign-in (its answer becomes `failed` with the code `cancelled`). */
  'oauth:cancel': { request: { signInId: string }; response: { cancelled: boolean } };
  /** Removes a signed-in account from this computer; with none left, every keychain entry of the sign-in. */
  'oauth:sign-out': { request: { account: string }; response: SignOutResponse };
}

export type ChannelName = keyof Channels;
export type ChannelRequest<K extends ChannelName> = Channels[K]['request'];
export type ChannelResponse<K extends ChannelName> = Channels[K]['response'];

/** Push channels, main → renderer, each with its payload. The preload's subscriptions are typed from it. */
export interface Events {
  /** Probe progress of every run, keyed by run id. */
  'probe:event': ProbeEvent;
  /** Microsoft sign-in progress (waiting in the browser, the code to type), keyed by sign-in id. */
  'oauth:event': SignInEvent;
}

export type EventName = keyof Events;

/** Main → renderer probe progress. */
export const PROBE_EVENT_CHANNEL = 'probe:event' satisfies EventName;
/** Main → renderer sign-in progress. */
export const SIGN_IN_EVENT_CHANNEL = 'oauth:event' satisfies EventName;

/** The subscription methods `window.mailSetup` exposes, each bound to one push channel. */
export const EVENT_METHODS = {
  onProbeEvent: 'probe:event',
  onSignInEvent: 'oauth:event',
} as const satisfies Record<string, EventName>;

export type EventMethodName = keyof typeof EVENT_METHODS;

/**
 * The methods `window.mailSetup` exposes, each bound to exactly one channel. The
 * page never names a channel itself, so an injected script cannot reach anything
 * that is not listed here.
 */
export const API_METHODS = {
  appInfo: 'app:info',
  startProbe: 'probe:start',
  cancelProbe: 'probe:cancel',
  startup: 'settings:startup',
  locale: 'settings:locale',
  setLocale: 'settings:set-locale',
  listProfiles: 'profiles:list',
  saveProfile: 'profiles:save',
  renameProfile: 'profiles:rename',
  deleteProfile: 'profiles:delete',
  forgetAllProfiles: 'profiles:forget-all',
  retestProfile: 'profiles:retest',
  hasSecret: 'vault:has',
  deleteSecret: 'vault:delete',
  checkDomain: 'discover:check-domain',
  discover: 'discover:run',
  // exports per mail app (additive)
  exportCapabilities: 'export:capabilities',
  saveAppFile: 'export:save-file',
  checkOutlookSetup: 'export:check-outlook',
  showExportInFolder: 'export:show-in-folder',
  openExport: 'export:open',
  signInStatus: 'oauth:status',
  signIn: 'oauth:sign-in',
  cancelSignIn: 'oauth:cancel',
  signOut: 'oauth:sign-out',
} as const satisfies Record<string, ChannelName>;

export type ApiMethodName = keyof typeof API_METHODS;

type MethodFor<K extends ChannelName> = (
  ...args: ChannelRequest<K> extends void ? [] : [request: ChannelRequest<K>]
) => Promise<Result<ChannelResponse<K>>>;

export type MailSetupApi = {
  [M in ApiMethodName]: MethodFor<(typeof API_METHODS)[M]>;
} & {
  /** Subscribes to a push channel; returns the unsubscribe function. */
  [M in EventMethodName]: (listener: (payload: Events[(typeof EVENT_METHODS)[M]]) => void) => () => void;
};
