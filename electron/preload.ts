/**
 * Exposes exactly `window.mailSetup` (typed from shared/contract.ts). Bundled to one
 * CommonJS file so the renderer can stay sandboxed. The page never names a channel:
 * each method is bound here to its one channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, PROBE_EVENT_CHANNEL, type MailSetupApi } from '../shared/contract';
import type { ProbeEvent } from '../shared/types';

const methods = Object.fromEntries(
  Object.entries(API_METHODS).map(([method, channel]) => [
    method,
    (request?: unknown) => ipcRenderer.invoke(channel, request),
  ]),
);

const api = {
  ...methods,
  onProbeEvent(listener: (event: ProbeEvent) => void) {
    // Wrap so the page never sees the IpcRendererEvent (it exposes `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: ProbeEvent) => listener(payload);
    ipcRenderer.on(PROBE_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(PROBE_EVENT_CHANNEL, wrapped);
    };
  },
} as MailSetupApi;

contextBridge.exposeInMainWorld('mailSetup', api);
