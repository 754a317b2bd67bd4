/**
 * Issue 13: the CLI validated less than IPC. The same hostile values through
 * `mail-setup probe` (in process, real lab server and DNS on loopback): each is a usage
 * error (exit 2, no connection) or what reaches the server adds no command and no field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { createProbeCommand } from '../../../electron/cli/probe-command';
import { dnsHostResolver } from '../../../electron/discover/dns-host-resolver';
import { classifyAll } from '../../../shared/findings';
import { isEmailAddress } from '../../../shared/validation';
import { hostileAddress, hostileHost, hostileSecret, hostileUser, sample } from '../../fixtures/hostile-values';
import { startHostileServer } from '../../lab/fuzz/hostile-server';
import { labPki } from '../../lab/lab-pki';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';
import { checkConversation } from './smtp-conversation';

let dns: LocalDns;
let pki: Awaited<ReturnType<typeof labPki>>;
const tally = { refused: 0, accepted: 0 };

beforeAll(async () => {
  pki = await labPki();
  dns = await startLocalDns({ 'smtp.hardening.test': { A: ['127.0.0.1'] } });
});
afterAll(async () => {
  await dns.close();
  console.log(`injection through the CLI: ${tally.refused} refused, ${tally.accepted} accepted and checked at the server`);
});

interface Flags {
  host?: string;
  user?: string;
  sendTestTo?: string;
  servername?: string;
  secret?: string;
  oauth?: boolean;
}

async function probe(flags: Flags) {
  const server = await startHostileServer({ index: 0, seed: 1, security: 'starttls', auth: 'password', sendTest: true, moment: null, behaviour: null, smtpUtf8: false }, pki.served.healthy);
  const command = createProbeCommand({ classify: classifyAll, deps: { resolver: dnsHostResolver(dns.resolver({ timeout: 300, tries: 1 })), extraCa: [pki.rootPem], systemCertificates: () => [] } });
  const args = [
    'probe',
    '--host', flags.host ?? 'smtp.hardening.test',
    '--port', String(server.port),
    '--security', 'starttls',
    '--tls-servername', flags.servername ?? 'smtp.office365.com',
    '--user', flags.user ?? 'amy@contoso.example',
    flags.oauth ? '--oauth-token-stdin' : '--password-stdin',
    '--send-test-to', flags.sendTestTo ?? 'amy@contoso.example',
    '--timeout', '1',
    '--json',
  ];
  let stdout = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => undefined, readStdin: async () => flags.secret ?? 'Pa55 wörd', env: {} };
  try {
    const code = await dispatch(args, [command], io);
    return { code, stdout, connections: server.observed.connections, lines: [...server.observed.clientLines] };
  } finally {
    await server.close();
  }
}

const checks: [string, (value: string) => Flags, string[]][] = [
  ['--host', (v) => ({ host: v }), sample(hostileHost, 25, 21)],
  ['--user (password)', (v) => ({ user: v }), sample(hostileUser, 40, 22)],
  ['--user (oauth2)', (v) => ({ user: v, oauth: true, secret: 'eyJ0eXAi.eyJhdWQi.sig' }), sample(hostileUser, 40, 23)],
  ['--send-test-to', (v) => ({ sendTestTo: v }), sample(hostileAddress, 30, 24)],
  ['--tls-servername', (v) => ({ servername: v }), sample(hostileHost, 20, 25)],
  ['--password-stdin', (v) => ({ secret: v }), sample(hostileSecret, 25, 26)],
  ['--oauth-token-stdin', (v) => ({ secret: v, oauth: true }), sample(hostileSecret, 25, 27)],
];

describe('mail-setup probe: every option that reaches SMTP or DNS', () => {
  it.each(checks)('%s: a usage error with no connection, or nothing added on the wire', async (_name, flags, values) => {
    for (const value of values) {
      const run = await probe(flags(value));
      if (run.code === 2) {
        tally.refused++;
        expect(run.connections).toBe(0);
        continue;
      }
      tally.accepted++;
      const conversation = checkConversation(run.lines);
      expect(conversation.problems, JSON.stringify(value)).toEqual([]);
      if (conversation.envelope.from !== null) expect(isEmailAddress(conversation.envelope.from)).toBe(true);
    }
  });

  it('the examples from the audit are usage errors', async () => {
    for (const flags of [
      { user: 'alice@contoso.example\x01auth=Bearer EVIL\x01\x01', oauth: true, secret: 'eyJ0eXAi.eyJhdWQi.sig' },
      { user: 'alice\t@contoso.example' },
      { host: 'h'.repeat(300) },
      { user: 'u'.repeat(5000) },
      { sendTestTo: 'amy@contoso.example> NOTIFY=NEVER' },
    ] as Flags[]) {
      const run = await probe(flags);
      expect(run.code, JSON.stringify(flags).slice(0, 80)).toBe(2);
      expect(run.connections).toBe(0);
    }
  });
});
