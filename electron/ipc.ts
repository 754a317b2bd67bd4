/**
 * The one IPC choke point (docs/architecture.md, "The walls"): checks the sender, parses
 * every argument as unknown input, runs the handler, and turns anything unexpected
 * into `{ ok: false, error: { code: 'INTERNAL' } }`. The registry itself never
 * touches Electron, so it is tested under plain Node and reused by the E2E bridge.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../shared/contract';
import { err, type Result } from '../shared/result';
import { REQUEST_SCHEMAS } from '../shared/ipc-schemas';
import { describeIssue } from '../shared/validation';

export interface SenderInfo {
  /** URL of the frame that sent the request. */
  url: string;
  /** True when the request came from the app's own main window. */
  fromMainWindow: boolean;
}

export type Handler<K extends ChannelName> = (
  request: ChannelRequest<K>,
  sender: SenderInfo,
) => Promise<Result<ChannelResponse<K>>> | Result<ChannelResponse<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

export interface Logger {
  error: (message: string, detail?: unknown) => void;
}

export interface IpcRegistry {
  channels: readonly ChannelName[];
  invoke: (channel: string, rawRequest: unknown, sender: SenderInfo) => Promise<Result<unknown>>;
}

export function isChannelName(channel: string): channel is ChannelName {
  return Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, channel);
}

export function createIpcRegistry(
  handlers: Handlers,
  options: { isTrustedSender: (sender: SenderInfo) => boolean; logger: Logger },
): IpcRegistry {
  const channels = Object.keys(REQUEST_SCHEMAS) as ChannelName[];

  async function invoke(channel: string, rawRequest: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    if (!isChannelName(channel)) return err('INVALID_INPUT', `unknown channel ${channel}`);
    if (!options.isTrustedSender(sender)) return err('FORBIDDEN_SENDER', 'request from an unknown page was refused');
    const parsed = REQUEST_SCHEMAS[channel].safeParse(rawRequest);
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      return err('INVALID_INPUT', message, field);
    }
    try {
      const handler = handlers[channel] as Handler<typeof channel>;
      return await handler(parsed.data as never, sender);
    } catch (error) {
      // Never echo the exception to the page: it may carry paths or input.
      options.logger.error(`IPC handler for ${channel} failed`, error);
      return err('INTERNAL', 'something went wrong in the app');
    }
  }

  return { channels, invoke };
}

/** Binds the registry to Electron's ipcMain. Loaded lazily so this module stays Node-only at import. */
export async function bindRegistryToIpcMain(
  registry: IpcRegistry,
  describeSender: (event: IpcMainInvokeEvent) => SenderInfo,
): Promise<void> {
  const { ipcMain } = await import('electron');
  for (const channel of registry.channels) {
    ipcMain.handle(channel, (event, rawRequest: unknown) => registry.invoke(channel, rawRequest, describeSender(event)));
  }
}
