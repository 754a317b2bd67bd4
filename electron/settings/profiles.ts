/**
 * The profile functions behind the profiles screen: list, get, save (upsert), rename,
 * delete (with its saved secret), forget everything, and record a test result. Arguments
 * are unknown input from IPC and validated here.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import { t } from '../../shared/i18n';
import {
  MAX_PROFILES,
  ProfileInputSchema,
  ProfileSchema,
  TestSummarySchema,
  type Profile,
  type SettingsFile,
} from '../../shared/profile';
import { describeIssue } from '../../shared/validation';
import type { Vault, VaultError } from '../vault/vault';
import type { SettingsService } from './settings-service';

/** What happened to the keychain entry when a profile went away. */
export type SecretOutcome =
  | { status: 'deleted' }
  | { status: 'none' }
  /** Another profile uses the same address, so the secret still has an owner. */
  | { status: 'kept-shared' }
  | { status: 'failed'; error: VaultError };

export interface ForgetAllOutcome {
  profilesRemoved: number;
  secretsRemoved: number;
  /** Set when the keychain could not be cleared; profiles are gone either way. */
  secretError?: VaultError;
}

export interface ProfilesService {
  list(): Profile[];
  get(id: unknown): Result<Profile>;
  save(input: unknown): Promise<Result<{ profile: Profile; secret?: SecretOutcome }>>;
  rename(id: unknown, name: unknown): Result<Profile>;
  delete(id: unknown): Promise<Result<{ profile: Profile; secret: SecretOutcome }>>;
  forgetAll(): Promise<Result<ForgetAllOutcome>>;
  recordTestResult(id: unknown, summary: unknown): Result<Profile>;
}

export interface ProfilesServiceOptions {
  settings: SettingsService;
  vault: Vault;
  newId?: () => string;
  now?: () => Date;
}

const IdSchema = ProfileSchema.shape.id;
const NameSchema = ProfileSchema.shape.name;
const SummaryInputSchema = TestSummarySchema.extend({ at: TestSummarySchema.shape.at.optional() });

// Changing any of these makes the last test summary describe different settings.
const TESTED_FIELDS = ['address', 'host', 'port', 'security', 'authMethod', 'user'] as const;

function invalid(error: z.ZodError): Result<never> {
  const issue = describeIssue(error);
  return err('INVALID_INPUT', issue.message, issue.field);
}

export function createProfilesService(options: ProfilesServiceOptions): ProfilesService {
  const { settings, vault } = options;
  const newId = options.newId ?? (() => randomUUID());
  const now = options.now ?? (() => new Date());

  const find = (id: unknown): Result<Profile> => {
    const parsed = IdSchema.safeParse(id);
    if (!parsed.success) return invalid(parsed.error);
    const profile = settings.read().profiles.find((p) => p.id === parsed.data);
    return profile ? ok(profile) : err('NOT_FOUND', `no profile with id ${parsed.data}`, 'id');
  };

  const replace = (profile: Profile) => (draft: SettingsFile): SettingsFile => ({
    ...draft,
    profiles: draft.profiles.map((p) => (p.id === profile.id ? profile : p)),
  });

  /** Deletes the secret for `address` unless a remaining profile still uses it. */
  async function releaseSecret(address: string, remaining: Profile[]): Promise<SecretOutcome> {
    if (remaining.some((p) => p.address === address)) return { status: 'kept-shared' };
    const deleted = await vault.delete(address);
    if (!deleted.ok) return { status: 'failed', error: deleted.error };
    return { status: deleted.value ? 'deleted' : 'none' };
  }

  return {
    list: () => settings.read().profiles,
    get: find,

    async save(input) {
      const parsed = ProfileInputSchema.safeParse(input);
      if (!parsed.success) return invalid(parsed.error);
      const { id, ...fields } = parsed.data;
      const current = settings.read().profiles;
      const existing = id === undefined ? undefined : current.find((p) => p.id === id);
      if (!existing && current.length >= MAX_PROFILES) {
        return err('INVALID_INPUT', t('validation.too-many-profiles', { max: MAX_PROFILES }), 'profiles');
      }
      const keepTest = existing?.lastTest && TESTED_FIELDS.every((k) => existing[k] === fields[k]);
      const profile: Profile = {
        ...fields,
        id: id ?? newId(),
        ...(keepTest && existing?.lastTest ? { lastTest: existing.lastTest } : {}),
      };
      const saved = settings.update((draft) =>
        existing ? replace(profile)(draft) : { ...draft, profiles: [...draft.profiles, profile] },
      );
      if (!saved.ok) return saved;
      // A new address means the old saved secret belongs to nobody now.
      if (existing && existing.address !== profile.address) {
        return ok({ profile, secret: await releaseSecret(existing.address, saved.value.profiles) });
      }
      return ok({ profile });
    },

    rename(id, name) {
      const found = find(id);
      if (!found.ok) return found;
      const parsedName = NameSchema.safeParse(name);
      if (!parsedName.success) return err('INVALID_INPUT', describeIssue(parsedName.error).message, 'name');
      const profile = { ...found.value, name: parsedName.data };
      const saved = settings.update(replace(profile));
      return saved.ok ? ok(profile) : saved;
    },

    async delete(id) {
      const found = find(id);
      if (!found.ok) return found;
      const profile = found.value;
      const saved = settings.update((draft) => ({
        ...draft,
        profiles: draft.profiles.filter((p) => p.id !== profile.id),
        preferences: {
          ...draft.preferences,
          lastProfileId: draft.preferences.lastProfileId === profile.id ? null : draft.preferences.lastProfileId,
        },
      }));
      if (!saved.ok) return saved;
      return ok({ profile, secret: await releaseSecret(profile.address, saved.value.profiles) });
    },

    async forgetAll() {
      const profiles = settings.read().profiles;
      const saved = settings.update((draft) => ({
        ...draft,
        profiles: [],
        preferences: { ...draft.preferences, lastProfileId: null },
      }));
      if (!saved.ok) return saved;
      // Everything under the app's service name, including secrets whose profile is gone.
      const listed = await vault.listAccounts();
      if (!listed.ok) return ok({ profilesRemoved: profiles.length, secretsRemoved: 0, secretError: listed.error });
      const accounts = new Set([...listed.value, ...profiles.map((p) => p.address)]);
      let secretsRemoved = 0;
      for (const account of accounts) {
        const deleted = await vault.delete(account);
        if (!deleted.ok) return ok({ profilesRemoved: profiles.length, secretsRemoved, secretError: deleted.error });
        if (deleted.value) secretsRemoved++;
      }
      return ok({ profilesRemoved: profiles.length, secretsRemoved });
    },

    recordTestResult(id, summary) {
      const found = find(id);
      if (!found.ok) return found;
      const parsed = SummaryInputSchema.safeParse(summary);
      if (!parsed.success) return invalid(parsed.error);
      const lastTest = { ...parsed.data, at: parsed.data.at ?? now().toISOString() };
      const profile = { ...found.value, lastTest };
      const saved = settings.update(replace(profile));
      return saved.ok ? ok(profile) : saved;
    },
  };
}
