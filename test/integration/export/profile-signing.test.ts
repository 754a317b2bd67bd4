import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as plist from 'plist';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../shared/export/build-export';
import { BUILT_IN_ORG_DEFAULTS } from '../../../shared/profile';
import { readSigningIdentity } from '../../../electron/export/profile-signing';
import { signExportDocument } from '../../../electron/export/sign-export';
import { loadSigning } from '../../../electron/export/signing-config';
import { writeExportDocument } from '../../../electron/export/write-export';
import { makeSigningPki, opensslVerify, SIGNING_PASSWORD, type SigningPki } from '../../fixtures/export/signing-pki';
import { checkProfile } from '../../fixtures/export/apple-schema';

let pki: SigningPki;
beforeAll(() => {
  pki = makeSigningPki();
});

const readFileBytes = async (file: string) => new Uint8Array(await readFile(file));

async function identity() {
  const read = readSigningIdentity(await readFileBytes(pki.p12), SIGNING_PASSWORD);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function profile(account: object, appleTarget?: 'ios' | 'macos') {
  const built = buildExport({ format: 'mobileconfig', account, ...(appleTarget ? { appleTarget } : {}) });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

describe('signed Apple profiles', () => {
  it('are CMS SignedData that openssl verifies against the root, with the exact plist inside', async () => {
    const unsigned = profile({ presetId: 'microsoft365', address: 'sam@contoso.com' }, 'ios');
    const signed = signExportDocument(unsigned, await identity());
    const out = join(pki.dir, 'sam.mobileconfig');
    expect(await writeExportDocument(signed, out)).toEqual({ ok: true, value: [out] });

    const bytes = await readFile(out);
    // DER: a SEQUENCE, not XML text.
    expect(bytes[0]).toBe(0x30);
    expect(bytes.subarray(0, 5).toString()).not.toBe('<?xml');
    const content = opensslVerify(pki, out);
    expect(content.toString('utf8')).toBe(unsigned.main.content);
    const parsed = plist.parse(content.toString('utf8')) as Record<string, unknown>;
    expect(checkProfile(parsed, ['iOS'])).toEqual([]);
    expect((parsed.PayloadContent as Record<string, unknown>[])[0]).toMatchObject({ PayloadType: 'com.apple.eas.account', OAuth: true });

    // The signature carries the signer and the intermediate, as devices need them to build the chain.
    const certs = execFileSync('openssl', ['pkcs7', '-inform', 'DER', '-in', out, '-print_certs', '-noout'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    expect(certs).toContain('CN = Contoso IT profile signing');
    expect(certs).toContain('CN = Contoso Lab Intermediate');
  });

  it('fail openssl verification once a byte of the content changes (the check can fail)', async () => {
    const signed = signExportDocument(profile({ presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } }), await identity());
    const der = Buffer.from(signed.main.content, 'base64');
    const at = der.indexOf(Buffer.from('imap.example.com'));
    expect(at).toBeGreaterThan(0);
    der[at] = 'j'.charCodeAt(0);
    const tampered = join(pki.dir, 'tampered.mobileconfig');
    await writeFile(tampered, der);
    expect(() => opensslVerify(pki, tampered)).toThrow();
  });

  it('refuse a wrong password, a key without a password and an expired signer, in plain words', async () => {
    expect(readSigningIdentity(await readFileBytes(pki.p12), 'not it')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/password .* is not right/) } });
    expect(readSigningIdentity(await readFileBytes(pki.p12NoPassword), '')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no password on its private key/) } });
    expect(readSigningIdentity(await readFileBytes(pki.p12NoPassword), 'anything')).toMatchObject({ ok: false });
    expect(readSigningIdentity(await readFileBytes(pki.p12Expired), SIGNING_PASSWORD)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not valid today \(valid until \d{1,2} [A-Z][a-z]+ \d{4}\)/) } });
    expect(readSigningIdentity(new TextEncoder().encode('not a p12'), 'x')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot be read as a PKCS#12/) } });
  });

  it('are configured from the organisation defaults: a relative path from the defaults folder, the password from the named variable', async () => {
    const orgDefaults = { ...BUILT_IN_ORG_DEFAULTS, signing: { pkcs12Path: 'signer.p12', passwordEnv: 'CONTOSO_P12' } };
    const source = join(pki.dir, 'org-defaults.json');
    const ready = await loadSigning({ orgDefaults, orgDefaultsSource: source, env: { CONTOSO_P12: SIGNING_PASSWORD }, readFile: readFileBytes });
    expect(ready).toMatchObject({ state: 'ready', signer: 'Contoso IT profile signing' });
    expect(await loadSigning({ orgDefaults, orgDefaultsSource: source, env: {}, readFile: readFileBytes })).toEqual({ state: 'problem', problem: expect.stringContaining('CONTOSO_P12') });
    const missing = await loadSigning({ orgDefaults: { ...orgDefaults, signing: { ...orgDefaults.signing, pkcs12Path: 'nope.p12' } }, orgDefaultsSource: source, env: { CONTOSO_P12: SIGNING_PASSWORD }, readFile: readFileBytes });
    expect(missing).toEqual({ state: 'problem', problem: expect.stringContaining('ENOENT') });
    expect(await loadSigning({ orgDefaults: BUILT_IN_ORG_DEFAULTS, orgDefaultsSource: null, env: {}, readFile: readFileBytes })).toEqual({ state: 'off' });
    // The password is never part of what is reported.
    expect(JSON.stringify(missing)).not.toContain(SIGNING_PASSWORD);
  });
});
