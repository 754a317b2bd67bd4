/**
 * Saved accounts as the person uses them: profiles (settings file) with their passwords
 * (keychain) and their tests (runs). Save with "remember" stores the password of the
 * run that just passed; re-test reads it in main and starts a run with it; delete and
 * forget-all clear the keychain too. The page never sees a secret on any of these paths.
 *
 * A Microsoft sign-in profile names its account (key and username, never a token): its
 * tokens are in the sign-in's own keychain cache, so a re-test is silent. Deleting the last
 * profile that uses an account signs that account out; "forget everything" signs out every
 * Microsoft account this app signed in (every entry of the sign-in cache goes with them).
 */
import type { SaveProfileResponse } from '../../shared/contract';
import type { OAuthService } from '../oauth/oauth-service';
import type { ProfileInput, Profile } from '../../shared/profile';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeResult } from '../../shared/types';
import { createProfilesService, type ProfilesService, type SecretOutcome } from '../settings/profiles';
import type { SettingsService } from '../settings/settings-service';
import type { RunRequest, RunsService } from '../runs/runs-service';
import type { Vault } from '../vault/vault';

export interface AccountsDeps {
  settings: SettingsService;
  vault: Vault;
  runs: RunsService;
  /** Microsoft sign-in: who is signed in, and signing out when the last profile of an account goes. */
  oauth?: Pick<OAuthService, 'accounts' | 'signOut' | 'status'>;
  /** Run ids for re-tests the page did not name. */
  newRunId: () => string;
}

export interface AccountsService {
  list(): Profile[];
  save(input: { profile: ProfileInput; rememberFromRunId?: string; remember?: boolean }): Promise<Result<SaveProfileResponse>>;
  rename(id: string, name: string): Result<Profile>;
  delete(id: string): Promise<Result<{ secret: SecretOutcome['status']; signedOut: boolean }>>;
  forgetAll(): Promise<Result<{ profilesRemoved: number; secretsRemoved: number; keychainFailed: boolean; signedOut: number }>>;
  retest(id: string, runId?: string): Promise<Result<{ runId: string }>>;
}

export function createAccountsService(deps: AccountsDeps): AccountsService {
  const { runs, vault } = deps;
  const profiles: ProfilesService = createProfilesService({ settings: deps.settings, vault });
  const record = (id: string, result: ProbeResult) =>
    profiles.recordTestResult(id, { verdict: result.verdict, topFindingId: result.findings[0] ?? null, at: result.startedAt });

  /** Whether the profile's Microsoft sign-in is kept in the keychain (so a re-test needs no browser). */
  async function signInRemembered(profile: Profile): Promise<Pick<SaveProfileResponse, 'remembered' | 'keychainReason'>> {
    const accounts = deps.oauth ? await deps.oauth.accounts() : null;
    const known = profile.oauthAccount && accounts?.ok && accounts.value.some((a) => a.key === profile.oauthAccount?.key);
    if (!known) return { remembered: 'no-secret' };
    const status = deps.oauth?.status();
    if (status?.configured && !status.keychain.remembering) return { remembered: 'keychain-unavailable', keychainReason: status.keychain.problem ?? 'unknown' };
    return { remembered: 'saved' };
  }

  async function signOut(key: string): Promise<boolean> {
    const out = await deps.oauth?.signOut(key);
    return out?.ok === true && out.value.removed;
  }

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
      if (current.authMethod === 'oauth2') return ok({ profile: current, ...(await signInRemembered(current)) });
      const outcome = await runs.remember(rememberFromRunId, { address: current.address, user: current.user ?? current.address }, remember === true);
      return ok({ profile: current, ...outcome });
    },

    rename: (id, name) => profiles.rename(id, name),

    async delete(id) {
      const deleted = await profiles.delete(id);
      if (!deleted.ok) return deleted;
      const key = deleted.value.profile.oauthAccount?.key;
      // An account no remaining profile uses has nothing to sign in for: sign it out.
      const stillUsed = key !== undefined && profiles.list().some((p) => p.oauthAccount?.key === key);
      const signedOut = key !== undefined && !stillUsed ? await signOut(key) : false;
      return ok({ secret: deleted.value.secret.status, signedOut });
    },

    async forgetAll() {
      const outcome = await profiles.forgetAll();
      if (!outcome.ok) return outcome;
      // "Everything" includes a password still held for a recent test.
      runs.forgetSecrets();
      // And every Microsoft sign-in, profile or not; with none left, every cache entry goes.
      const accounts = deps.oauth ? await deps.oauth.accounts() : null;
      let signedOut = 0;
      for (const account of accounts?.ok ? accounts.value : []) if (await signOut(account.key)) signedOut++;
      const { profilesRemoved, secretsRemoved, secretError } = outcome.value;
      return ok({ profilesRemoved, secretsRemoved, keychainFailed: secretError !== undefined, signedOut });
    },

    async retest(id, runId = deps.newRunId()) {
      const found = profiles.get(id);
      if (!found.ok) return found;
      const profile = found.value;
      let auth: RunRequest['auth'] = { method: 'none' };
      if (profile.authMethod === 'oauth2') {
        // Silent: the runs service gets the token from the keychain cache for this account.
        if (!profile.oauthAccount) return err('NOT_FOUND', 'this profile has no saved Microsoft sign-in', 'oauthAccount');
        auth = { method: 'oauth2', account: profile.oauthAccount.key, address: profile.address };
      } else if (profile.authMethod === 'password') {
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
