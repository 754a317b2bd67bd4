/**
 * Reads the settings file before the store opens it: parse, migrate, validate. A damaged
 * profile (or preferences, or an unknown entry) is set aside on its own into a side file
 * and the rest loads; a file that cannot be read as JSON at all is moved aside whole. Side
 * and moved files carry a timestamp, are never deleted or overwritten, and become a notice
 * the UI shows, so damage costs the person only what was damaged.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptySettings, SettingsFileSchema, type SettingsFile, type SettingsNotice } from '../../shared/profile';
import { t } from '../../shared/i18n';
import { migrateSettings } from './migrations';
import { describeJsonError, describeZodError } from './plain-problem';
import { salvageSettings, type SetAside } from './salvage';

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

/** `<dir>/<name>.<label>-<timestamp>[-n].json` that does not exist yet. */
function freeSidePath(file: string, label: string, now: Date): string {
  const stem = basename(file).replace(/\.json$/, '');
  const base = join(dirname(file), `${stem}.${label}-${fileTimestamp(now)}`);
  let target = `${base}.json`;
  // Two failures in the same second must not overwrite the first kept copy.
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.json`;
  return target;
}

/** Renames `file` to `<name>.<label>-<timestamp>.json`; returns the new path or null. */
export function moveAside(file: string, label: string, now: Date): string | null {
  const target = freeSidePath(file, label, now);
  try {
    renameSync(file, target);
    return target;
  } catch {
    return null;
  }
}

/** Writes the set-aside parts to a new side file (never over an existing one); its path or null. */
function writeSideFile(file: string, text: string, now: Date): string | null {
  const target = freeSidePath(file, 'set-aside', now);
  try {
    writeFileSync(target, text, { encoding: 'utf8', flag: 'wx' });
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

type Check =
  | { ok: true; data: SettingsFile; migrated: boolean; setAside: SetAside | null }
  | { ok: false; problem: string; newerVersion?: number };

/**
 * Pure part: text → validated, migrated settings (with anything set aside) or the first
 * problem in plain words. A leading byte-order mark (Notepad's "UTF-8 with BOM") is fine.
 */
export function checkSettingsText(fileText: string): Check {
  const text = fileText.startsWith('\ufeff') ? fileText.slice(1) : fileText;
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
      return { ok: false, problem: t('settings.problem.not-one-of', { field: 'schemaVersion', allowed: t('settings.problem.type.int') }) };
    case 'failed':
      return { ok: false, problem: t('settings.problem.migration-failed', { detail: migrated.reason }) };
    case 'current': {
      const parsed = SettingsFileSchema.safeParse(migrated.doc);
      if (parsed.success) return { ok: true, data: parsed.data, migrated: migrated.migratedFrom !== null, setAside: null };
      const salvaged = salvageSettings(migrated.doc, text);
      if (!salvaged.ok) return { ok: false, problem: describeZodError(parsed.error, migrated.doc) };
      return { ok: true, data: salvaged.data, migrated: true, setAside: salvaged.setAside };
    }
  }
}

export type SettingsText = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unreadable'; problem: string };

/** The file's text, strictly UTF-8 (text that is not is unusable whole, so its bytes can be kept aside). */
export function readSettingsText(file: string): SettingsText {
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', problem: error instanceof TypeError ? t('settings.problem.not-utf8') : (error as Error).message };
  }
}

export function loadSettingsFile(file: string, now: () => Date): LoadedSettings {
  const read = readSettingsText(file);
  if (read.kind === 'missing') return { data: emptySettings(), notices: [], writable: true, needsWrite: false };
  if (read.kind === 'unreadable') return quarantine(file, now, { ok: false, problem: read.problem });
  const checked = checkSettingsText(read.text);
  if (!checked.ok) return quarantine(file, now, checked);
  if (!checked.setAside) return { data: checked.data, notices: [], writable: true, needsWrite: checked.migrated };
  // The damaged parts go to their own file first; only then may the settings file be rewritten.
  const movedTo = writeSideFile(file, checked.setAside.text, now());
  const notice: SettingsNotice = {
    kind: 'settings-partly-recovered',
    file,
    movedTo,
    items: checked.setAside.items,
    problem: checked.setAside.problem,
  };
  return { data: checked.data, notices: [notice], writable: movedTo !== null, needsWrite: movedTo !== null };
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
