/**
 * Exposes exactly `window.mailSetup` (typed from shared/contract.ts). Bundled to one
 * CommonJS file so the renderer can stay sandboxed. The page never names a channel:
 * each method is bound here to its one invoke channel, each subscription to its one
 * push channel (the contract's `Events` map).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, EVENT_METHODS, type MailSetupApi } from '../shared/contract';

const methods = Object.fromEntries(
  Object.entries(API_METHODS).map(([method, channel]) => [method, (request?: unknown) => ipcRenderer.invoke(channel, request)]),
);

const subscriptions = Object.fromEntries(
  Object.entries(EVENT_METHODS).map(([method, channel]) => [
    method,
    (listener: (payload: unknown) => void) => {
      // Wrap so the page never sees the IpcRendererEvent (it exposes `sender`).
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ]),
);

contextBridge.exposeInMainWorld('mailSetup', { ...methods, ...subscriptions } as MailSetupApi);
