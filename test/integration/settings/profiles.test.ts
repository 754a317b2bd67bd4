/**
 * Profiles with their secrets: the settings file on disk (conf) and the real keychain
 * (keytar + gnome-keyring, so run through scripts/with-keyring.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE_INPUT, stageResult } from '../../fixtures/samples';
import { createProfilesService } from '../../../electron/settings/profiles';
import { createSettingsService } from '../../../electron/settings/settings-service';
import { createRendererVaultApi, rememberAfterTest } from '../../../electron/vault/credential-policy';
import { createKeytarVault } from '../../../electron/vault/keytar-vault';
import { tempDir } from '../../fixtures/temp-dir';
import { requireKeyringSession, runChild, testServiceName } from '../vault/keyring-session';

requireKeyringSession();

const NOW = new Date('2026-11-23T10:00:00Z');

function setup() {
  const dir = tempDir('profiles');
  const logs: string[] = [];
  const vault = createKeytarVault({ service: testServiceName(), log: (line) => logs.push(line) });
  const settings = createSettingsService({ cwd: dir, now: () => NOW });
  let n = 0;
  const profiles = createProfilesService({ settings, vault, now: () => NOW, newId: () => `id-${++n}` });
  return { dir, logs, vault, settings, profiles };
}

const input = SAMPLE_PROFILE_INPUT;

const stage = stageResult;

const passedTest = {
  verdict: 'pass' as const,
  stages: [stage('connect', 'pass'), stage('auth', 'pass')],
  request: { host: 'smtp.office365.com', port: 587, security: 'starttls' as const, auth: { method: 'password' as const, user: 'amy@contoso.com' } },
};

/** Everything the app wrote under its settings directory, concatenated. */
const allSettingsText = (dir: string) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

describe('profiles service', () => {
  it('saves (creates and updates), lists, gets and renames profiles', async () => {
    const { profiles, settings } = setup();
    const created = await profiles.save(input);
    expect(created).toEqual({ ok: true, value: { profile: { ...input, id: 'id-1' } } });
    const updated = await profiles.save({ ...input, id: 'id-1', name: 'Office' });
    expect(updated.ok && updated.value.profile.name).toBe('Office');
    expect(profiles.list()).toEqual([{ ...input, id: 'id-1', name: 'Office' }]);
    expect(profiles.rename('id-1', '  Front desk ')).toEqual({ ok: true, value: { ...input, id: 'id-1', name: 'Front desk' } });
    expect(profiles.get('id-1')).toMatchObject({ ok: true, value: { name: 'Front desk' } });
    expect(createSettingsService({ cwd: settings.file.replace(/settings\.json$/, '') }).read().profiles[0]?.name).toBe('Front desk');
  });

  it('validates unknown input', async () => {
    const { profiles } = setup();
    expect(await profiles.save({ ...input, port: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'port' } });
    expect(await profiles.save({ ...input, password: 'pw' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(profiles.get('../etc')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(profiles.get('missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await profiles.save(input);
    expect(profiles.rename('id-1', '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name' } });
  });

  it('records a test summary and drops it when the tested settings change', async () => {
    const { profiles } = setup();
    await profiles.save(input);
    expect(profiles.recordTestResult('id-1', { verdict: 'fail', topFindingId: 'auth.bad-credentials' })).toMatchObject({
      ok: true,
      value: { lastTest: { verdict: 'fail', topFindingId: 'auth.bad-credentials', at: NOW.toISOString() } },
    });
    expect(profiles.recordTestResult('id-1', { verdict: 'maybe', topFindingId: null })).toMatchObject({ ok: false });
    await profiles.save({ ...input, id: 'id-1', name: 'Renamed' });
    expect(profiles.get('id-1')).toMatchObject({ ok: true, value: { lastTest: { verdict: 'fail' } } });
    await profiles.save({ ...input, id: 'id-1', port: 25 });
    const after = profiles.get('id-1');
    expect(after.ok && after.value.lastTest).toBeUndefined();
  });

  it('deleting a profile deletes its secret, unless another profile uses the same address', async () => {
    const { profiles, vault, settings } = setup();
    await profiles.save(input);
    await profiles.save({ ...input, name: 'Second' });
    settings.setPreferences({ lastProfileId: 'id-1' });
    await vault.set('amy@contoso.com', 'pw');
    expect(await profiles.delete('id-1')).toMatchObject({ ok: true, value: { secret: { status: 'kept-shared' } } });
    expect(settings.getPreferences().lastProfileId).toBeNull();
    expect(await vault.has('amy@contoso.com')).toEqual({ ok: true, value: true });
    expect(await profiles.delete('id-2')).toMatchObject({ ok: true, value: { secret: { status: 'deleted' } } });
    expect(await vault.has('amy@contoso.com')).toEqual({ ok: true, value: false });
    expect(profiles.list()).toEqual([]);
  });

  it('changing a profile address releases the secret of the old address', async () => {
    const { profiles, vault } = setup();
    await profiles.save(input);
    await vault.set('amy@contoso.com', 'pw');
    const moved = await profiles.save({ ...input, id: 'id-1', address: 'amy.new@contoso.com' });
    expect(moved).toMatchObject({ ok: true, value: { secret: { status: 'deleted' } } });
    expect(await vault.has('amy@contoso.com')).toEqual({ ok: true, value: false });
  });

  it('forgetAll removes every profile and every secret under the app, including orphans', async () => {
    const { profiles, vault } = setup();
    await profiles.save(input);
    await profiles.save({ ...input, address: 'bob@contoso.com' });
    await vault.set('amy@contoso.com', 'pw1');
    await vault.set('bob@contoso.com', 'pw2');
    await vault.set('orphan@contoso.com', 'pw3');
    expect(await profiles.forgetAll()).toEqual({ ok: true, value: { profilesRemoved: 2, secretsRemoved: 3 } });
    expect(profiles.list()).toEqual([]);
    expect(await vault.listAccounts()).toEqual({ ok: true, value: [] });
  });

  it('a profile can be deleted when the keychain is unusable, and the result says the secret was not removed', async () => {
    const dir = tempDir('profiles-nokeychain');
    const settings = createSettingsService({ cwd: dir });
    const vault = createKeytarVault({ service: testServiceName(), load: async () => ({}) });
    const profiles = createProfilesService({ settings, vault, newId: () => 'x1' });
    await profiles.save(input);
    expect(await profiles.delete('x1')).toMatchObject({
      ok: true,
      value: { secret: { status: 'failed', error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'no-native-module' } } },
    });
    expect(profiles.list()).toEqual([]);
  });
});

describe('secrets stay out of settings, logs and renderer answers', () => {
  it('a canary password passes through save + remember and is only in the keychain', async () => {
    const { dir, logs, vault, profiles } = setup();
    const canary = `CANARY-${Math.random().toString(36).slice(2)}-pw`;
    const renderer = createRendererVaultApi(vault);
    const seen: unknown[] = [];

    // The wizard's flow: save the profile, test, remember, re-open, delete.
    const saved = await profiles.save({ ...input });
    seen.push(saved);
    // An attempt to sneak the password into the profile is refused, not stored.
    seen.push(await profiles.save({ ...input, password: canary }));
    seen.push(await rememberAfterTest(vault, { address: input.address, secret: canary, remember: false, test: passedTest }));
    seen.push(await rememberAfterTest(vault, { address: input.address, secret: canary, remember: true, test: { ...passedTest, verdict: 'fail' } }));
    expect(await vault.has(input.address)).toEqual({ ok: true, value: false });
    const remembered = await rememberAfterTest(vault, { address: input.address, secret: canary, remember: true, test: passedTest });
    expect(remembered).toEqual({ ok: true, value: { saved: true } });
    seen.push(remembered);
    seen.push(profiles.recordTestResult('id-1', { verdict: 'pass', topFindingId: null }));
    seen.push(profiles.list(), profiles.get('id-1'));
    seen.push(await renderer.has(input.address), await renderer.has('nobody@contoso.com'), await renderer.has('not an address'));

    // Main (re-test of a saved profile) can read it back: it is really stored.
    expect(await vault.get(input.address)).toEqual({ ok: true, value: canary });

    // The renderer API offers only has/delete.
    expect(Object.keys(renderer).sort()).toEqual(['delete', 'has']);
    expect(await renderer.has(input.address)).toEqual({ ok: true, value: true });

    // A locked/absent keychain in a child: its answers and logs do not carry the secret either.
    const child = runChild({ MSA_TEST_SERVICE: testServiceName(), XDG_RUNTIME_DIR: tempDir('nobus') }, [`set:${input.address}:${canary}`]);
    seen.push(child.output);

    seen.push(await renderer.delete(input.address));
    expect(await vault.has(input.address)).toEqual({ ok: true, value: false });

    const settingsText = allSettingsText(dir);
    expect(settingsText).toContain('amy@contoso.com'); // the file is really there and has the profile
    expect(settingsText).not.toContain(canary);
    expect(logs.join('\n')).not.toContain(canary);
    expect(JSON.stringify(seen)).not.toContain(canary);
  });
});
