/**
 * Settings format versions. The file carries an integer `schemaVersion`; each migration
 * lifts a document one version. We keep our own counter instead of conf's `migrations`
 * because conf keys migrations on the app's semver (`projectVersion`), merges defaults and
 * validates the schema around them, and throws from its constructor when one fails;
 * an integer format version is independent of app releases and the steps are pure
 * functions, tested without a disk.
 */
import { SETTINGS_VERSION } from '../../shared/profile';

export interface Migration {
  /** The version this step produces; it runs on documents at `to - 1`. */
  to: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  {
    // Version 0 is a document without `schemaVersion`: one written by hand or by a
    // deployment script that seeded profiles/preferences. Missing sections get defaults
    // from the schema; unknown content is left for validation to report.
    to: 1,
    migrate: (doc) => ({
      ...doc,
      schemaVersion: 1,
      profiles: doc['profiles'] ?? [],
      preferences: doc['preferences'] ?? {},
    }),
  },
  {
    // Version 2 lets a profile name its Microsoft account (`oauthAccount`). Nothing in a
    // version 1 document changes; the number moves so that an older app, whose strict schema
    // would refuse the new key and move the whole file aside as damaged, says "made by a newer
    // version" instead and leaves the file alone.
    to: 2,
    migrate: (doc) => ({ ...doc }),
  },
];

export type MigrationOutcome =
  | { kind: 'current'; doc: Record<string, unknown>; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'failed'; from: number; to: number; reason: string }
  | { kind: 'bad-version'; value: unknown };

export function readVersion(doc: Record<string, unknown>): number | null {
  const value = doc['schemaVersion'];
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Lifts `doc` to `target` one step at a time; never throws. */
export function migrateSettings(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationOutcome {
  const start = readVersion(doc);
  if (start === null) return { kind: 'bad-version', value: doc['schemaVersion'] };
  if (start > target) return { kind: 'newer', version: start };
  let current = doc;
  for (let version = start; version < target; version++) {
    const step = migrations.find((m) => m.to === version + 1);
    if (!step) return { kind: 'failed', from: version, to: version + 1, reason: 'no migration step' };
    try {
      current = { ...step.migrate(current), schemaVersion: version + 1 };
    } catch (error) {
      return { kind: 'failed', from: version, to: version + 1, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return { kind: 'current', doc: current, migratedFrom: start === target ? null : start };
}
