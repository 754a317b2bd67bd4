/**
 * Reads the settings file before the store opens it: parse, migrate, validate. Anything
 * unusable is moved aside with a timestamp (never deleted, never overwritten) and becomes a
 * notice the UI shows, so a damaged file costs the person their settings but not the app.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptySettings, SettingsFileSchema, type SettingsFile, type SettingsNotice } from '../../shared/profile';
import { t } from '../../shared/i18n';
import { migrateSettings } from './migrations';
import { describeJsonError, describeZodError } from './plain-problem';

export interface LoadedSettings {
  data: SettingsFile;
  notices: SettingsNotice[];
  /** False when an unusable file could not be moved aside: saving would destroy it. */
  writable: boolean;
  /** True when the document on disk should be rewritten (it was migrated). */
  needsWrite: boolean;
}

/** 2026-11-23T10:00:00.000Z → 2026-11-23T10-00-00 (valid in file names on every OS). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** Renames `file` to `<name>.<label>-<timestamp>.json`; returns the new path or null. */
export function moveAside(file: string, label: string, now: Date): string | null {
  const stem = basename(file).replace(/\.json$/, '');
  const base = join(dirname(file), `${stem}.${label}-${fileTimestamp(now)}`);
  let target = `${base}.json`;
  // Two failures in the same second must not overwrite the first kept copy.
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.json`;
  try {
    renameSync(file, target);
    return target;
  } catch {
    return null;
  }
}

/** Write-then-rename, so a crash leaves either the old or the new file, never half of one. */
export function writeFileAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, file);
}

type Check = { ok: true; data: SettingsFile; migrated: boolean } | { ok: false; problem: string; newerVersion?: number };

/** Pure part: text → validated, migrated settings or the first problem in plain words. */
export function checkSettingsText(text: string): Check {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: describeJsonError(error) };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: t('settings.problem.not-object') };
  }
  const migrated = migrateSettings(raw as Record<string, unknown>);
  switch (migrated.kind) {
    case 'newer':
      return { ok: false, problem: '', newerVersion: migrated.version };
    case 'bad-version':
      return { ok: false, problem: t('settings.problem.not-one-of', { field: 'schemaVersion', allowed: 'a whole number' }) };
    case 'failed':
      return { ok: false, problem: t('settings.problem.migration-failed', { detail: migrated.reason }) };
    case 'current': {
      const parsed = SettingsFileSchema.safeParse(migrated.doc);
      if (!parsed.success) return { ok: false, problem: describeZodError(parsed.error, migrated.doc) };
      return { ok: true, data: parsed.data, migrated: migrated.migratedFrom !== null };
    }
  }
}

export function loadSettingsFile(file: string, now: () => Date): LoadedSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { data: emptySettings(), notices: [], writable: true, needsWrite: false };
    }
    return quarantine(file, now, { ok: false, problem: (error as Error).message });
  }
  const checked = checkSettingsText(text);
  if (checked.ok) return { data: checked.data, notices: [], writable: true, needsWrite: checked.migrated };
  return quarantine(file, now, checked);
}

function quarantine(file: string, now: () => Date, failed: Extract<Check, { ok: false }>): LoadedSettings {
  const newer = failed.newerVersion;
  const movedTo = moveAside(file, newer === undefined ? 'corrupt' : `newer-v${newer}`, now());
  const notice: SettingsNotice =
    newer === undefined
      ? { kind: 'settings-corrupt', file, movedTo, problem: failed.problem }
      : { kind: 'settings-newer-version', file, movedTo, version: newer };
  return { data: emptySettings(), notices: [notice], writable: movedTo !== null, needsWrite: false };
}
