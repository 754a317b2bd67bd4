import { readFile } from 'node:fs/promises';
import * as plist from 'plist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry } from '../../../electron/ipc';
import { BUILT_IN_ORG_DEFAULTS } from '../../../shared/profile';
import type { AppFileSaved } from '../../../shared/contract';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { makeSigningPki, opensslVerify, SIGNING_PASSWORD, type SigningPki } from '../../fixtures/export/signing-pki';
import { startAutodiscoverServer, type AutodiscoverServer } from '../../fixtures/export/autodiscover-server';
import { startLocalDns, type LocalDns } from '../../lab/local-dns-server';

let pki: SigningPki;
let service: AutodiscoverServer;
let dns: LocalDns;
beforeAll(async () => {
  pki = makeSigningPki();
  service = await startAutodiscoverServer(['sam@contoso.example']);
  dns = await startLocalDns({ 'autodiscover.contoso.example': { CNAME: 'autodiscover.outlook.com' } });
});
afterAll(async () => {
  await service.close();
  await dns.close();
});

const m365 = { presetId: 'microsoft365', address: 'sam@contoso.example' };
const imap = { presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };

function setup(options: { signing?: boolean; env?: Record<string, string> } = {}) {
  const shown: string[] = [];
  const opened: string[] = [];
  const orgDefaults = options.signing
    ? { ...BUILT_IN_ORG_DEFAULTS, signing: { pkcs12Path: pki.p12, passwordEnv: 'TEST_P12_PASSWORD' } }
    : BUILT_IN_ORG_DEFAULTS;
  const deps = testHandlerDeps({
    orgDefaults: { defaults: orgDefaults, source: null, warnings: [] },
    env: options.env ?? { TEST_P12_PASSWORD: SIGNING_PASSWORD },
    showItemInFolder: (file) => void shown.push(file),
    openPath: async (file) => (opened.push(file), ''),
    outlookCheck: { dns: dns.resolver(), autodiscoverBase: service.base, ca: [service.caPem] },
  });
  const registry = createIpcRegistry(createHandlers(deps), { isTrustedSender: () => true, logger: { error: () => undefined } });
  const invoke = (channel: string, request?: unknown) => registry.invoke(channel, request, { url: 'app://index.html', fromMainWindow: true });
  return { deps, shown, opened, invoke };
}

describe('export IPC for the per-app screen', () => {
  it('saves a signed iPhone profile when IT set up signing, and openssl verifies it', async () => {
    const { invoke, deps } = setup({ signing: true });
    const caps = await invoke('export:capabilities');
    expect(caps).toEqual({ ok: true, value: { signing: { state: 'ready', signer: 'Contoso IT profile signing' }, ewsAllowed: false } });
    expect(JSON.stringify(caps)).not.toContain(SIGNING_PASSWORD);
    const saved = await invoke('export:save-file', { target: 'mobileconfig', appleTarget: 'ios', account: m365 });
    expect(saved).toMatchObject({ ok: true, value: { signed: true, canOpen: true } });
    const path = deps.saved[0]!;
    const content = opensslVerify(pki, path).toString('utf8');
    expect(plist.parse(content)).toMatchObject({ PayloadContent: [{ PayloadType: 'com.apple.eas.account', OAuth: true }] });
  });

  it('saves it unsigned (and says so) without signing, or when the password variable is missing', async () => {
    const plain = setup();
    expect(await plain.invoke('export:save-file', { target: 'mobileconfig', appleTarget: 'ios', account: m365 })).toMatchObject({ ok: true, value: { signed: false } });
    expect((await readFile(plain.deps.saved[0]!, 'utf8')).startsWith('<?xml')).toBe(true);

    const broken = setup({ signing: true, env: {} });
    expect(await broken.invoke('export:capabilities')).toMatchObject({ ok: true, value: { signing: { state: 'problem', problem: expect.stringContaining('TEST_P12_PASSWORD') } } });
    expect(await broken.invoke('export:save-file', { target: 'mobileconfig', appleTarget: 'ios', account: m365 })).toMatchObject({ ok: true, value: { signed: false } });
  });

  it('saves the sheet for one app, and shows / opens only files it saved', async () => {
    const { invoke, deps, shown, opened } = setup();
    const sheet = (await invoke('export:save-file', { target: 'sheet', app: 'outlook-new', account: m365 })) as { ok: true; value: AppFileSaved };
    expect(sheet.ok).toBe(true);
    const html = await readFile(deps.saved[0]!, 'utf8');
    expect(html).toContain('New Outlook for Windows: mail settings for sam@contoso.example');
    expect(html).not.toContain('Outlook for Mac</h3>');
    expect(await invoke('export:show-in-folder', { savedId: sheet.value.savedId })).toEqual({ ok: true, value: { shown: true } });
    expect(shown).toEqual([deps.saved[0]]);
    expect(await invoke('export:open', { savedId: sheet.value.savedId })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([deps.saved[0]]);

    const prf = (await invoke('export:save-file', { target: 'prf', account: imap })) as { ok: true; value: AppFileSaved };
    expect(prf.value).toMatchObject({ canOpen: false, signed: null });
    expect(prf.value.paths.map((p) => p.slice(-4))).toEqual(['.prf', '.cmd']);
    expect(await invoke('export:open', { savedId: prf.value.savedId })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(opened).toHaveLength(1);
    expect(await invoke('export:show-in-folder', { savedId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke('export:open', { savedId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a file that cannot succeed with a clear message and writes nothing', async () => {
    const { invoke, deps } = setup();
    const prf = await invoke('export:save-file', { target: 'prf', account: m365 });
    expect(prf).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/cannot sign in with Microsoft/) } });
    expect(deps.saved).toEqual([]);
    expect(await invoke('export:save-file', { target: 'report' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('checks Outlook’s set-up through the injected loopback service', async () => {
    const { invoke } = setup();
    expect(await invoke('export:check-outlook', { address: 'sam@contoso.example' })).toMatchObject({ ok: true, value: { status: 'found', dns: { status: 'microsoft' } } });
    expect(await invoke('export:check-outlook', { address: 'not an address' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('validates its input: a run id must be one, an unknown app is refused', async () => {
    const { invoke, deps } = setup();
    expect(await invoke('export:save-file', { target: 'report', runId: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
    expect(await invoke('export:save-file', { target: 'sheet', app: 'lotus-notes', account: m365 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'app' } });
    expect(deps.saved).toEqual([]);
  });
});
