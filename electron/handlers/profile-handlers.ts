import type { SaveProfileResponse } from '../../shared/contract';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeRequest, ProbeResult } from '../../shared/types';
import type { Handlers } from '../ipc';
import type { ProbeService } from '../probe/probe-service';
import { createProfilesService, type ProfilesService } from '../settings/profiles';
import { createRendererVaultApi, rememberAfterTest } from '../vault/credential-policy';
import type { HandlerDeps } from './deps';
import { startRun } from './probe-handlers';
import type { RunSecrets } from './run-secrets';

type ProfileChannels =
  | 'profiles:list'
  | 'profiles:save'
  | 'profiles:rename'
  | 'profiles:delete'
  | 'profiles:forget-all'
  | 'profiles:retest'
  | 'vault:has'
  | 'vault:delete';

function record(profiles: ProfilesService, id: string, result: ProbeResult) {
  return profiles.recordTestResult(id, { verdict: result.verdict, topFindingId: result.findings[0] ?? null, at: result.startedAt });
}

export function profileHandlers(deps: HandlerDeps, probe: ProbeService, secrets: RunSecrets): Pick<Handlers, ProfileChannels> {
  const profiles = createProfilesService({ settings: deps.settings, vault: deps.vault });
  const rendererVault = createRendererVaultApi(deps.vault);

  return {
    'profiles:list': () => ok(profiles.list()),

    'profiles:save': async ({ profile, rememberFromRunId, remember }): Promise<Result<SaveProfileResponse>> => {
      const saved = await profiles.save(profile);
      if (!saved.ok) return saved;
      let current = saved.value.profile;
      if (!rememberFromRunId) return ok({ profile: current, remembered: 'not-ticked' });
      const run = probe.result(rememberFromRunId);
      if (!run) return ok({ profile: current, remembered: 'test-not-passed' });
      const result = await run;
      const recorded = record(profiles, current.id, result);
      if (recorded.ok) current = recorded.value;
      // The secret belongs to the account that signed in; never file it under another address.
      const testedUser = result.request.auth.user;
      const sameAccount = testedUser !== undefined && testedUser === (current.user ?? current.address);
      const outcome = await rememberAfterTest(deps.vault, {
        address: current.address,
        secret: sameAccount ? (secrets.get(rememberFromRunId) ?? null) : null,
        remember: remember === true,
        test: result,
      });
      if (!outcome.ok) {
        const reason = 'reason' in outcome.error ? outcome.error.reason : undefined;
        return ok({ profile: current, remembered: 'keychain-unavailable', ...(reason ? { keychainReason: reason } : {}) });
      }
      if (outcome.value.saved) secrets.take(rememberFromRunId);
      return ok({ profile: current, remembered: outcome.value.saved ? 'saved' : outcome.value.why });
    },

    'profiles:rename': ({ id, name }) => profiles.rename(id, name),

    'profiles:delete': async ({ id }) => {
      const deleted = await profiles.delete(id);
      return deleted.ok ? ok({ secret: deleted.value.secret.status }) : deleted;
    },

    'profiles:forget-all': async () => {
      const outcome = await profiles.forgetAll();
      if (!outcome.ok) return outcome;
      const { profilesRemoved, secretsRemoved, secretError } = outcome.value;
      return ok({ profilesRemoved, secretsRemoved, keychainFailed: secretError !== undefined });
    },

    'profiles:retest': async ({ id }) => {
      const found = profiles.get(id);
      if (!found.ok) return found;
      const profile = found.value;
      let auth: ProbeRequest['auth'] = { method: 'none' };
      if (profile.authMethod === 'password') {
        const secret = await deps.vault.get(profile.address);
        if (!secret.ok) return secret;
        if (secret.value === null) return err('NOT_FOUND', 'no saved password for this profile', 'password');
        auth = { method: 'password', user: profile.user ?? profile.address, password: secret.value };
      }
      const started = startRun(probe, secrets, { host: profile.host, port: profile.port, security: profile.security, auth, presetId: profile.preset });
      if (!started.ok) return started;
      void probe.result(started.value)?.then((result) => record(profiles, profile.id, result));
      return ok({ runId: started.value });
    },

    'vault:has': async ({ address }) => {
      const has = await rendererVault.has(address);
      return has.ok ? ok({ stored: has.value }) : has;
    },

    'vault:delete': async ({ address }) => {
      const deleted = await rendererVault.delete(address);
      return deleted.ok ? ok({ deleted: deleted.value }) : deleted;
    },
  };
}
