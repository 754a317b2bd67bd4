/**
 * The Office 365 lab: scripted SMTP servers on 127.0.0.1 that behave like Microsoft 365
 * in each situation. One line to start: `const lab = await startLab('tenant-auth-disabled')`.
 * See README.md for which scenario to use for what.
 */
import { labPki } from './lab-pki';
import { startBlackhole } from './blackhole';
import { LAB_CREDENTIALS } from './lab-credentials';
import { type ReceivedMessage, startM365Server } from './m365-server';
import { refusedPort, startDropAfterEhloServer, startNoGreetingServer } from './raw-servers';
import type { M365Plan } from './m365-plan';
import { SCENARIOS, type ScenarioId, serverFor } from './scenarios';

export { HOSTILE_GREETING, HOSTILE_MAIL_REPLY, SCENARIOS, SCENARIO_IDS, isScenarioId, type ScenarioId, type ScenarioInfo } from './scenarios';
export { M365_REPLIES, formatReply, type ScriptedReply } from './m365-replies';
export { LAB_CREDENTIALS } from './lab-credentials';
export { labCaPath } from './lab-pki';
export { startDelayProxy, type DelayProxy } from './delay-proxy';
export { postfixLab, type PostfixLab } from './postfix';
export { startOpenPort, type OpenPort } from './open-port';
export { startBlackhole, type Blackhole } from './blackhole';

export interface Lab {
  host: '127.0.0.1';
  /** Where the client should connect. */
  port: number;
  /** What the scenario's server speaks. */
  security: 'starttls' | 'tls' | 'none';
  /**
   * The TLS name to ask for: smtp.office365.com. Every leaf is valid for it except in
   * 'hostname-mismatch', where that is the point.
   */
  servername: string;
  /** The lab's trusted test root (pass as `ca`, or use labCaPath() for NODE_EXTRA_CA_CERTS). */
  caPem: string;
  /** What this lab accepts: LOGIN with user/password, XOAUTH2 with user/accessToken. */
  credentials: { user: string; password: string; accessToken: string };
  /** Test messages the server accepted. */
  received: ReceivedMessage[];
  /** What the server saw and said ("C: …", "S: …", "=== …", "*** …"); AUTH data is redacted. */
  log: string[];
  /** Closes servers and child processes; no handle is left behind. Safe to call twice. */
  close(): Promise<void>;
}

export const LAB_SERVERNAME = 'smtp.office365.com';
const SLOW_DEFAULT_MS = 1500;

interface Started {
  port: number;
  received: ReceivedMessage[];
  log: string[];
  close(): Promise<void>;
}

async function startServer(scenario: ScenarioId, options: LabOptions): Promise<Started> {
  const server = serverFor(scenario);
  switch (server.kind) {
    case 'm365': {
      const delay = options.delayMs ?? (scenario === 'slow-server' ? SLOW_DEFAULT_MS : 0);
      const plan = {
        ...server.plan,
        ...(options.pipelining === false ? { pipelining: false } : {}),
        ...(options.loginInitialResponse ? { loginInitialResponse: options.loginInitialResponse } : {}),
        ...(options.greeting ? { greeting: options.greeting } : {}),
      };
      return startM365Server(plan, { delayMs: delay, ...(options.verifyXoauth2 ? { verifyXoauth2: options.verifyXoauth2 } : {}) });
    }
    case 'blackhole': {
      const hole = await startBlackhole();
      return { ...hole, received: [], log: ['=== port silently drops connections'] };
    }
    case 'refused':
      return { port: await refusedPort(), received: [], log: ['=== nothing listens on this port'], close: async () => {} };
    case 'no-greeting':
      return { ...(await startNoGreetingServer()), received: [] };
    case 'drop-after-ehlo':
      return { ...(await startDropAfterEhloServer()), received: [] };
  }
}

export interface LabOptions {
  /** Delay before every reply (default: 1500 for 'slow-server', else 0). */
  delayMs?: number;
  /** false: the Microsoft-like servers leave PIPELINING out of EHLO. */
  pipelining?: boolean;
  /** How the Microsoft-like servers meet AUTH LOGIN with the user name in it (M365Plan). */
  loginInitialResponse?: M365Plan['loginInitialResponse'];
  /** The whole greeting line instead of Microsoft's banner (a server that is not Exchange). */
  greeting?: string;
  /**
   * Validate XOAUTH2 tokens the way Exchange Online does, against a local identity provider
   * (`oidcLab.verifyXoauth2` from test/lab/oidc), instead of accepting the fixed lab token.
   */
  verifyXoauth2?: (user: string, token: string) => Promise<{ ok: true } | { ok: false; reason: string }>;
}

export async function startLab(scenario: ScenarioId, options: LabOptions = {}): Promise<Lab> {
  const info = SCENARIOS[scenario];
  if (!info) throw new Error(`unknown lab scenario "${String(scenario)}"`);
  const [{ rootPem }, started] = await Promise.all([labPki(), startServer(scenario, options)]);
  let closing: Promise<void> | null = null;
  return {
    host: '127.0.0.1',
    port: started.port,
    security: info.security,
    servername: LAB_SERVERNAME,
    caPem: rootPem,
    credentials: { ...LAB_CREDENTIALS },
    received: started.received,
    log: started.log,
    close: () => (closing ??= started.close()),
  };
}
