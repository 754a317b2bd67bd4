/**
 * The app's main side as the window sees it, for the sign-in wiring tests: the real IPC
 * registry over the real handlers, Microsoft sign-in against the lab provider, the probe
 * against the lab mail server, and a record of everything that crossed to the page.
 */
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry } from '../../../electron/ipc';
import { createSettingsService } from '../../../electron/settings/settings-service';
import type { Vault } from '../../../electron/vault/vault';
import type { ChannelName, ChannelResponse } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { SignInEvent } from '../../../shared/sign-in-ipc';
import type { ProbeEvent, ProbeResult } from '../../../shared/types';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { labSignIn } from '../../fixtures/lab-oauth';
import type { Lab } from '../../lab';
import type { OidcLab } from '../../lab/oidc/provider';
import { labDeps } from '../probe/lab-probe';

const sender = { url: 'file:///app/dist/renderer/index.html', fromMainWindow: true };

export interface LabApp {
  invoke<K extends ChannelName>(channel: K, request?: unknown): Promise<Result<ChannelResponse<K>>>;
  probeEvents: ProbeEvent[];
  signInEvents: SignInEvent[];
  /** Every answer and event as JSON: what the page could ever have seen. */
  carried: string[];
  /** The result of a run, from its `done` event. */
  done(runId: string): Promise<ProbeResult>;
  /** The settings folder (reuse it to "restart" over the same file). */
  dir: string;
  /** The sign-in service's diagnostic lines. */
  logs: string[];
}

export function labApp(options: { oidc: OidcLab; smtp?: Lab; vault: Vault | null; openBrowser: (url: string) => Promise<void>; dir?: string }): LabApp {
  const probeEvents: ProbeEvent[] = [];
  const signInEvents: SignInEvent[] = [];
  const carried: string[] = [];
  const waiting = new Map<string, (result: ProbeResult) => void>();
  const oauth = labSignIn(options.oidc, options.vault, options.openBrowser);
  const base = testHandlerDeps();
  const dir = options.dir ?? base.dir;
  const handlers = createHandlers({
    ...base,
    ...(options.dir ? { settings: createSettingsService({ cwd: dir }) } : {}),
    ...(options.vault ? { vault: options.vault } : {}),
    ...(options.smtp ? { probe: labDeps(options.smtp) } : {}),
    oauth,
    emitProbeEvent: (event) => {
      probeEvents.push(event);
      carried.push(JSON.stringify(event));
      if (event.type === 'done') waiting.get(event.runId)?.(event.result);
    },
    emitSignInEvent: (event) => {
      signInEvents.push(event);
      carried.push(JSON.stringify(event));
    },
  });
  const registry = createIpcRegistry(handlers, { isTrustedSender: (s) => s.fromMainWindow, logger: { error: () => undefined } });
  return {
    async invoke(channel, request) {
      const answer = await registry.invoke(channel, request, sender);
      carried.push(JSON.stringify(answer));
      return answer as never;
    },
    probeEvents,
    signInEvents,
    carried,
    done: (runId) => {
      const seen = probeEvents.find((e) => e.type === 'done' && e.runId === runId);
      if (seen?.type === 'done') return Promise.resolve(seen.result);
      return new Promise((resolve) => waiting.set(runId, resolve));
    },
    dir,
    logs: oauth.logs,
  };
}
