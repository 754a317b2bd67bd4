/**
 * The IPC contract: one map from channel to request/response types. The preload's
 * API and the main-process registry are both typed from it, so a channel added here
 * fails to compile until both sides exist.
 */
import type { Result } from './result';
import type { ProbeEvent, ProbeRequest } from './types';

export interface AppInfo {
  name: string;
  version: string;
  platform: 'win32' | 'darwin' | 'linux' | 'other';
  /** The operating system's view of connectivity; the live test needs it. */
  online: boolean;
}

export interface Channels {
  'app:info': { request: void; response: AppInfo };
  /** Starts a live test; progress arrives on PROBE_EVENT_CHANNEL keyed by the run id. */
  'probe:start': { request: ProbeRequest; response: { runId: string } };
  'probe:cancel': { request: { runId: string }; response: { cancelled: boolean } };
}

export type ChannelName = keyof Channels;
export type ChannelRequest<K extends ChannelName> = Channels[K]['request'];
export type ChannelResponse<K extends ChannelName> = Channels[K]['response'];

/** The one push channel: main → renderer probe progress. */
export const PROBE_EVENT_CHANNEL = 'probe:event';

/**
 * The methods `window.mailSetup` exposes, each bound to exactly one channel. The
 * page never names a channel itself, so an injected script cannot reach anything
 * that is not listed here.
 */
export const API_METHODS = {
  appInfo: 'app:info',
  startProbe: 'probe:start',
  cancelProbe: 'probe:cancel',
} as const satisfies Record<string, ChannelName>;

export type ApiMethodName = keyof typeof API_METHODS;

type MethodFor<K extends ChannelName> = (
  ...args: ChannelRequest<K> extends void ? [] : [request: ChannelRequest<K>]
) => Promise<Result<ChannelResponse<K>>>;

export type MailSetupApi = {
  [M in ApiMethodName]: MethodFor<(typeof API_METHODS)[M]>;
} & {
  /** Subscribes to probe progress; returns the unsubscribe function. */
  onProbeEvent: (listener: (event: ProbeEvent) => void) => () => void;
};
