/**
 * Profiles and preferences on disk. The validated document lives in memory and every change
 * is validated again and written through the store, so a bad value never reaches the file
 * and reads never hit a half-written file. No secret is ever part of this document (the
 * strict schema rejects unknown keys such as `password`).
 */
import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import {
  PreferencesPatchSchema,
  SettingsFileSchema,
  type Preferences,
  type SettingsFile,
  type SettingsNotice,
} from '../../shared/profile';
import { describeIssue } from '../../shared/validation';
import { loadSettingsFile, writeFileAtomically } from './settings-file';
import { confStoreFactory, settingsJsonSchema, type SettingsStore, type SettingsStoreFactory } from './settings-store';

export interface SettingsServiceOptions {
  /** Directory of the settings file: app.getPath('userData') in the app, a temp dir in tests. */
  cwd: string;
  now?: () => Date;
  storeFactory?: SettingsStoreFactory;
  /** File name without `.json`; default "settings". */
  configName?: string;
}

export interface SettingsService {
  readonly file: string;
  /** Problems found at start, for the UI to show once. */
  readonly notices: readonly SettingsNotice[];
  /** False when changes cannot be saved (see notices). */
  readonly writable: boolean;
  /** A copy of the current settings. */
  read(): SettingsFile;
  /** Applies a change to a copy, validates it and saves it; the old state stays on failure. */
  update(change: (draft: SettingsFile) => SettingsFile): Result<SettingsFile>;
  getPreferences(): Preferences;
  /** `patch` is unknown input (from IPC). */
  setPreferences(patch: unknown): Result<Preferences>;
}

/** Where the app keeps its settings in a settings folder (what the CLI reads, too). */
export function settingsFilePath(cwd: string, configName = 'settings'): string {
  return join(cwd, `${configName}.json`);
}

export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const now = options.now ?? (() => new Date());
  const configName = options.configName ?? 'settings';
  const file = settingsFilePath(options.cwd, configName);
  const loaded = loadSettingsFile(file, now);
  const notices = [...loaded.notices];
  let data = loaded.data;
  let store: SettingsStore | null = null;

  if (loaded.writable) {
    try {
      // A migrated document goes to disk first: the store validates the file it opens
      // against the current schema, which the old format would fail.
      if (loaded.needsWrite) writeFileAtomically(file, `${JSON.stringify(data, null, '\t')}\n`);
      store = (options.storeFactory ?? confStoreFactory)({
        cwd: options.cwd,
        configName,
        ...settingsJsonSchema(),
        defaults: structuredClone(data),
      });
    } catch (error) {
      // Keep working in memory; the file stays as it was so nothing is destroyed.
      store = null;
      notices.push({ kind: 'settings-unwritable', file, problem: (error as Error).message });
    }
  }

  const update: SettingsService['update'] = (change) => {
    if (!store) return err('SETTINGS_UNAVAILABLE', `settings cannot be saved to ${file}`);
    const parsed = SettingsFileSchema.safeParse(change(structuredClone(data)));
    if (!parsed.success) {
      const issue = describeIssue(parsed.error);
      return err('INVALID_INPUT', issue.message, issue.field);
    }
    try {
      store.store = structuredClone(parsed.data);
    } catch (error) {
      return err('SETTINGS_UNAVAILABLE', `could not save settings: ${(error as Error).message}`);
    }
    data = parsed.data;
    return ok(structuredClone(data));
  };

  return {
    file,
    notices,
    get writable() {
      return store !== null;
    },
    read: () => structuredClone(data),
    update,
    getPreferences: () => structuredClone(data.preferences),
    setPreferences(patch) {
      const parsed = PreferencesPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issue = describeIssue(parsed.error);
        return err('INVALID_INPUT', issue.message, issue.field);
      }
      const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
      const result = update((draft) => ({ ...draft, preferences: { ...draft.preferences, ...defined } }));
      return result.ok ? ok(result.value.preferences) : result;
    },
  };
}
