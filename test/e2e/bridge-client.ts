import type { ApiMethodName, ChannelName } from '../../shared/contract';

/**
 * Runs in the page before the app (Playwright addInitScript) and builds
 * `window.mailSetup` from the contract's method → channel map, exactly like
 * electron/preload.ts, but over loopback HTTP to the bridge server.
 */
export function installBridgeClient(methods: Record<ApiMethodName, ChannelName>): void {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(methods)) {
    api[method] = async (request?: unknown) => {
      const response = await fetch('/__bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, request }),
      });
      return response.json();
    };
  }
  api.onProbeEvent = (listener: (event: unknown) => void) => {
    const source = new EventSource('/__bridge/events');
    source.onmessage = (message) => listener(JSON.parse(message.data as string));
    return () => source.close();
  };
  Object.defineProperty(window, 'mailSetup', { value: Object.freeze(api), writable: false });
}
