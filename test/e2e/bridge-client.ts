import type { ApiMethodName, ChannelName, EventMethodName, EventName } from '../../shared/contract';

/**
 * Runs in the page before the app (Playwright addInitScript) and builds
 * `window.mailSetup` from the contract's method → channel maps, exactly like
 * electron/preload.ts, but over loopback HTTP to the bridge server: invokes as POSTs,
 * push channels as one event stream whose messages name their channel.
 */
export function installBridgeClient(maps: { methods: Record<ApiMethodName, ChannelName>; events: Record<EventMethodName, EventName> }): void {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(maps.methods)) {
    api[method] = async (request?: unknown) => {
      const response = await fetch('/__bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, request }),
      });
      return response.json();
    };
  }
  for (const [method, channel] of Object.entries(maps.events)) {
    api[method] = (listener: (payload: unknown) => void) => {
      const source = new EventSource('/__bridge/events');
      source.onmessage = (message) => {
        const pushed = JSON.parse(message.data as string) as { channel: string; payload: unknown };
        if (pushed.channel === channel) listener(pushed.payload);
      };
      return () => source.close();
    };
  }
  Object.defineProperty(window, 'mailSetup', { value: Object.freeze(api), writable: false });
}
