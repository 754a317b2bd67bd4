/**
 * Issue 13: injection through the real IPC registry (createIpcRegistry + createHandlers
 * with real settings files, the real keychain, a real DNS server and SMTP server on
 * loopback) for every field that reaches SMTP, DNS, the file system or the keychain.
 * Each hostile value is either refused as data, changing nothing, or it is one the rules
 * accept, and then what reached the sink is read back and checked.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsHostResolver } from '../../../electron/discover/dns-host-resolver';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry, type SenderInfo } from '../../../electron/ipc';
import { createKeytarVault } from '../../../electron/vault/keytar-vault';
import { SettingsFileSchema } from '../../../shared/profile';
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../../../shared/types';
import { isEmailAddress, probeRequestSchema, toWireAddress } from '../../../shared/validation';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { anyText, hostileAddress, hostileHost, hostileSecret, hostileUser, sample, woven } from '../../fixtures/hostile-values';
import { startHostileServer } from '../../lab/fuzz/hostile-server';
import { labPki } from '../../lab/lab-pki';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';
import { requireKeyringSession, testServiceName } from '../vault/keyring-session';
import { checkConversation } from './smtp-conversation';
import fc from 'fast-check';

/** A name as DNS carries it: ASCII labels, service labels such as _dmarc allowed. */
const isDnsName = (name: string) => name.length <= 253 && name.split('.').every((label) => /^_?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
const queriedName = (query: string) => query.slice(query.indexOf(' ') + 1);

const trusted: SenderInfo = { url: 'file:///app/dist/renderer/index.html', fromMainWindow: true };
let dns: LocalDns;
let pki: Awaited<ReturnType<typeof labPki>>;
const tally = { refused: 0, accepted: 0 };

beforeAll(async () => {
  pki = await labPki();
  dns = await startLocalDns({ 'smtp.hardening.test': { A: ['127.0.0.1'] }, 'contoso.example': { MX: [{ exchange: 'smtp.hardening.test', priority: 0 }] } });
});
afterAll(async () => {
  await dns.close();
  console.log(`injection through IPC: ${tally.refused} refused, ${tally.accepted} accepted and checked at the sink`);
});

function setup(overrides: Parameters<typeof testHandlerDeps>[0] = {}) {
  const events: ProbeEvent[] = [];
  const lookups = dns.resolver({ timeout: 300, tries: 1 });
  const deps = testHandlerDeps({
    emitProbeEvent: (event) => events.push(event),
    probe: { resolver: dnsHostResolver(lookups), extraCa: [pki.rootPem], tlsServername: 'smtp.office365.com', env: {}, systemCertificates: () => [] },
    discover: { createDns: () => lookups },
    ...overrides,
  });
  const registry = createIpcRegistry(createHandlers(deps), { isTrustedSender: (s) => s.fromMainWindow, logger: { error: () => undefined } });
  const done = async (runId: string): Promise<ProbeResult> => {
    for (let i = 0; i < 400; i++) {
      const event = events.find((e) => e.runId === runId && e.type === 'done');
      if (event && event.type === 'done') return event.result;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`run ${runId} did not finish`);
  };
  return { deps, registry, done };
}

const refusedAsData = (result: { ok: boolean; error?: { code: string } }) => {
  tally.refused++;
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
};

describe('probe:start: every field that reaches SMTP or DNS', () => {
  const base = (port: number): ProbeRequest => ({
    host: 'smtp.hardening.test',
    port,
    security: 'starttls',
    auth: { method: 'password', user: 'amy@contoso.example', password: 'Pa55 wörd' },
    sendTestTo: 'amy@contoso.example',
    timeouts: { resolve: 500, connect: 1000, greeting: 1000, tls: 1000, command: 1000, data: 1000 },
  });
  const fields: [string, (port: number, value: string) => unknown, string[]][] = [
    ['host', (port, v) => ({ ...base(port), host: v }), sample(hostileHost, 30, 1)],
    ['clientName', (port, v) => ({ ...base(port), clientName: v }), sample(hostileHost, 20, 2)],
    ['user (password)', (port, v) => ({ ...base(port), auth: { method: 'password', user: v, password: 'Pa55 wörd' } }), sample(hostileUser, 40, 3)],
    ['password', (port, v) => ({ ...base(port), auth: { method: 'password', user: 'amy@contoso.example', password: v } }), sample(hostileSecret, 30, 5)],
    ['sendTestTo', (port, v) => ({ ...base(port), sendTestTo: v }), sample(hostileAddress, 30, 7)],
    ['trustFingerprint256', (port, v) => ({ ...base(port), trustFingerprint256: v }), sample(anyText, 10, 8)],
  ];

  it.each(fields)('%s: refused as data, or what reaches the server adds no command and no SASL field', async (name, build, values) => {
    const { registry, done } = setup();
    let accepted = 0;
    for (const value of values) {
      const server = await startHostileServer({ index: 0, seed: 1, security: 'starttls', auth: 'password', sendTest: true, moment: null, behaviour: null, smtpUtf8: false }, pki.served.healthy);
      const queriesBefore = dns.queries.length;
      try {
        const raw = build(server.port, value);
        const started = await registry.invoke('probe:start', { ...(raw as object), runId: randomUUID() }, trusted);
        if (!started.ok) {
          refusedAsData(started);
          expect(server.observed.connections).toBe(0);
          expect(dns.queries.length).toBe(queriesBefore);
          continue;
        }
        tally.accepted++;
        accepted++;
        const request = probeRequestSchema.parse(raw);
        await done((started.value as { runId: string }).runId);
        // DNS was asked only about host names as DNS writes them.
        for (const query of dns.queries.slice(queriesBefore)) expect(isDnsName(queriedName(query)), query).toBe(true);
        const conversation = checkConversation(server.observed.clientLines);
        expect(conversation.problems).toEqual([]);
        const auth = request.auth;
        for (const { mechanism, fields: sasl } of conversation.sasl) {
          if (auth.method === 'oauth2') expect([mechanism, sasl]).toEqual(['XOAUTH2', [`user=${auth.user}\x01auth=Bearer ${auth.accessToken}\x01\x01`]]);
          if (auth.method === 'password') expect([mechanism, sasl]).toEqual(['LOGIN', [auth.user, auth.password]]);
        }
        if (conversation.envelope.from !== null) {
          expect(isEmailAddress(conversation.envelope.from)).toBe(true);
          expect(conversation.envelope.to).toEqual([toWireAddress(request.sendTestTo ?? '')]);
        }
      } finally {
        await server.close();
      }
    }
    // Each field saw some values through to the server, except the fingerprint (hostile text never is one).
    if (name !== 'trustFingerprint256') expect(accepted).toBeGreaterThan(0);
  });

  // The page never holds a token: an OAuth run names the signed-in account, and main signs in as
  // that account's username (the XOAUTH2 user= and token fields are covered through the CLI).
  it.each([
    ['user (oauth2)', (v: string) => ({ method: 'oauth2', user: v, accessToken: 'eyJ0eXAi.eyJhdWQi.sig' }), sample(hostileUser, 20, 4)],
    ['accessToken', (v: string) => ({ method: 'oauth2', user: 'amy@contoso.example', accessToken: v }), sample(hostileSecret, 20, 6)],
    ['accessToken beside an account', (v: string) => ({ method: 'oauth2', account: 'lab-alice.8f3e7c4a', address: 'amy@contoso.example', accessToken: v }), sample(hostileSecret, 20, 9)],
    ['address (oauth2)', (v: string) => ({ method: 'oauth2', account: 'lab-alice.8f3e7c4a', address: v }), sample(hostileAddress, 20, 10)],
  ] as const)('%s: a token or a hostile address from the page is refused as data, nothing is dialled', async (_name, auth, values) => {
    const { registry } = setup();
    for (const value of values) {
      const server = await startHostileServer({ index: 0, seed: 1, security: 'starttls', auth: 'password', sendTest: true, moment: null, behaviour: null, smtpUtf8: false }, pki.served.healthy);
      const queriesBefore = dns.queries.length;
      try {
        const started = await registry.invoke('probe:start', { ...base(server.port), auth: auth(value), runId: randomUUID() }, trusted);
        if (_name === 'address (oauth2)' && started.ok) {
          // A clean address with an unknown account is accepted by the schema and ends as a failed sign-in, never a dial with a hostile value.
          expect(isEmailAddress(value.trim())).toBe(true);
          expect(server.observed.connections).toBe(0);
          continue;
        }
        refusedAsData(started);
        expect(server.observed.connections).toBe(0);
        expect(dns.queries.length).toBe(queriesBefore);
      } finally {
        await server.close();
      }
    }
  });
});

describe('the keychain: vault:has, vault:delete and remembering a password', () => {
  it('only a valid address is ever a keychain account', async () => {
    requireKeyringSession();
    const vault = createKeytarVault({ service: testServiceName() });
    const { registry } = setup({ vault });
    for (const address of sample(hostileAddress, 60, 9)) {
      for (const channel of ['vault:has', 'vault:delete'] as const) {
        const result = await registry.invoke(channel, { address }, trusted);
        if (result.ok) tally.accepted++;
        else refusedAsData(result);
      }
    }
    const accounts = await vault.listAccounts();
    expect(accounts).toEqual({ ok: true, value: [] });
  });
});

describe('files: the settings file and exports', () => {
  const profile = { name: 'Work', preset: 'custom', address: 'amy@contoso.example', host: 'smtp.hardening.test', port: 587, security: 'starttls', authMethod: 'password' };
  const cases: [string, fc.Arbitrary<string>][] = [
    ['name', woven(fc.constantFrom('Work', 'Home mail'))],
    ['address', hostileAddress],
    ['host', hostileHost],
    ['user', hostileUser],
  ];

  it.each(cases)('profiles:save %s: refused without touching the file, or saved as the rules allow', async (field, arb) => {
    const { deps, registry } = setup();
    const file = `${deps.dir}/settings.json`;
    for (const value of sample(arb, 40, 10)) {
      const before = readFileSync(file);
      const result = await registry.invoke('profiles:save', { profile: { ...profile, [field]: value } }, trusted);
      if (!result.ok) {
        refusedAsData(result);
        expect(readFileSync(file).equals(before)).toBe(true);
        continue;
      }
      tally.accepted++;
      const onDisk = SettingsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      expect(onDisk.success).toBe(true);
    }
  });

  it('profiles:rename: a hostile name is refused or saved without a line break', async () => {
    const { deps, registry } = setup();
    const saved = await registry.invoke('profiles:save', { profile }, trusted);
    const id = saved.ok ? (saved.value as { profile: { id: string } }).profile.id : '';
    for (const name of sample(woven(fc.constantFrom('Work')), 40, 11)) {
      const result = await registry.invoke('profiles:rename', { id, name }, trusted);
      if (!result.ok) refusedAsData(result);
      else tally.accepted++;
      expect(SettingsFileSchema.safeParse(JSON.parse(readFileSync(`${deps.dir}/settings.json`, 'utf8'))).success).toBe(true);
    }
  });

  it('export:save: the suggested file name is a plain name in the chosen folder, whatever the account holds', async () => {
    const { deps, registry } = setup();
    let written = 0;
    for (const [i, address] of sample(hostileAddress, 40, 12).entries()) {
      const format = (['autoconfig', 'mobileconfig', 'prf', 'sheet'] as const)[i % 4];
      // Half the cases put the hostile value in the address (the file name comes from it), half in the display name.
      const account = { presetId: 'custom', address: i % 2 ? 'amy@contoso.example' : address, displayName: i % 2 ? address : 'Amy', host: 'smtp.hardening.test', port: 587, security: 'starttls', auth: 'password', incoming: { protocol: 'imap', host: 'imap.hardening.test', port: 993, security: 'tls' } };
      const result = await registry.invoke('export:save-file', { target: format, account }, trusted);
      if (!result.ok) refusedAsData(result);
      else {
        tally.accepted++;
        written++;
      }
    }
    expect(written).toBeGreaterThan(5);
    for (const path of deps.saved) {
      const name = path.slice(deps.dir.length + 1);
      expect(name).not.toMatch(/[/\\<>:"|?*]|^\.|\p{C}/u);
    }
    expect(readdirSync(deps.dir).every((entry) => !entry.includes('/'))).toBe(true);
  });
});

describe('DNS: discover:check-domain and discover:run', () => {
  it('asks DNS only about host names as DNS writes them', async () => {
    const { registry } = setup();
    const before = dns.queries.length;
    for (const domain of sample(fc.oneof(hostileHost, hostileAddress), 40, 13)) {
      const result = await registry.invoke('discover:check-domain', { domain }, trusted);
      if (!result.ok) refusedAsData(result);
      else tally.accepted++;
    }
    for (const query of dns.queries.slice(before)) expect(isDnsName(queriedName(query)), query).toBe(true);
  });

  it('discover:run: hostile input is refused or only ever looked up and dialled as a host name', async () => {
    const { registry } = setup();
    const before = dns.queries.length;
    const fast = { resolve: 300, connect: 300, greeting: 300, tls: 300, command: 300, data: 300 };
    for (const input of sample(fc.oneof(hostileHost, hostileAddress), 15, 14)) {
      const result = await registry.invoke('discover:run', { input, options: { ports: [{ port: 9, security: 'none' }], timeouts: fast, checkDomain: true } }, trusted);
      if (!result.ok) refusedAsData(result);
      else tally.accepted++;
    }
    for (const query of dns.queries.slice(before)) expect(isDnsName(queriedName(query)), query).toBe(true);
  });
});
