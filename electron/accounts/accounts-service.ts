/**
 * Saved accounts as the person uses them: profiles (settings file) with their passwords
 * (keychain) and their tests (runs). Save with "remember" stores the password of the
 * run that just passed; re-test reads it in main and starts a run with it; delete and
 * forget-all clear the keychain too. The page never sees a secret on any of these paths.
 */
import type { SaveProfileResponse } from '../../shared/contract';
import type { ProfileInput, Profile } from '../../shared/profile';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeRequest, ProbeResult } from '../../shared/types';
import { createProfilesService, type ProfilesService, type SecretOutcome } from '../settings/profiles';
import type { SettingsService } from '../settings/settings-service';
import type { RunsService } from '../runs/runs-service';
import type { Vault } from '../vault/vault';

export interface AccountsDeps {
  settings: SettingsService;
  vault: Vault;
  runs: RunsService;
  /** Run ids for re-tests the page did not name. */
  newRunId: () => string;
}

export interface AccountsService {
  list(): Profile[];
  save(input: { profile: ProfileInput; rememberFromRunId?: string; remember?: boolean }): Promise<Result<SaveProfileResponse>>;
  rename(id: string, name: string): Result<Profile>;
  delete(id: string): Promise<Result<{ secret: SecretOutcome['status'] }>>;
  forgetAll(): Promise<Result<{ profilesRemoved: number; secretsRemoved: number; keychainFailed: boolean }>>;
  retest(id: string, runId?: string): Promise<Result<{ runId: string }>>;
}

export function createAccountsService(deps: AccountsDeps): AccountsService {
  const { runs, vault } = deps;
  const profiles: ProfilesService = createProfilesService({ settings: deps.settings, vault });
  const record = (id: string, result: ProbeResult) =>
    profiles.recordTestResult(id, { verdict: result.verdict, topFindingId: result.findings[0] ?? null, at: result.startedAt });

  return {
    list: () => profiles.list(),

    async save({ profile, rememberFromRunId, remember }) {
      const saved = await profiles.save(profile);
      if (!saved.ok) return saved;
      let current = saved.value.profile;
      if (!rememberFromRunId) return ok({ profile: current, remembered: 'not-ticked' });
      const run = runs.result(rememberFromRunId);
      if (!run) return ok({ profile: current, remembered: 'test-not-passed' });
      const recorded = record(current.id, await run);
      if (recorded.ok) current = recorded.value;
      const outcome = await runs.remember(rememberFromRunId, { address: current.address, user: current.user ?? current.address }, remember === true);
      return ok({ profile: current, ...outcome });
    },

    rename: (id, name) => profiles.rename(id, name),

    async delete(id) {
      const deleted = await profiles.delete(id);
      return deleted.ok ? ok({ secret: deleted.value.secret.status }) : deleted;
    },

    async forgetAll() {
      const outcome = await profiles.forgetAll();
      if (!outcome.ok) return outcome;
      // "Everything" includes a password still held for a recent test.
      runs.forgetSecrets();
      const { profilesRemoved, secretsRemoved, secretError } = outcome.value;
      return ok({ profilesRemoved, secretsRemoved, keychainFailed: secretError !== undefined });
    },

    async retest(id, runId = deps.newRunId()) {
      const found = profiles.get(id);
      if (!found.ok) return found;
      const profile = found.value;
      let auth: ProbeRequest['auth'] = { method: 'none' };
      if (profile.authMethod === 'password') {
        const secret = await vault.get(profile.address);
        if (!secret.ok) return secret;
        if (secret.value === null) return err('NOT_FOUND', 'no saved password for this profile', 'password');
        auth = { method: 'password', user: profile.user ?? profile.address, password: secret.value };
      }
      const started = await runs.start(runId, { host: profile.host, port: profile.port, security: profile.security, auth, presetId: profile.preset });
      if (!started.ok) return started;
      void runs.result(runId)?.then((result) => record(profile.id, result));
      return started;
    },
  };
}
