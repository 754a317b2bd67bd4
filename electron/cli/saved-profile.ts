import { homedir } from 'node:os';
import { t } from '../../shared/i18n';
import { formatList } from '../../shared/i18n/intl-format';
import type { Profile } from '../../shared/profile';
import { defaultSettingsDir } from '../settings/settings-dir';
import { checkSettingsText, readSettingsText } from '../settings/settings-file';
import { settingsFilePath } from '../settings/settings-service';
import { UsageError } from './command';

/** Finds a saved profile by name (case-insensitive) or id in the app's settings. */
export function findSavedProfile(nameOrId: string, settingsDir: string | undefined, env: Readonly<Record<string, string | undefined>>): Profile {
  const cwd = settingsDir ?? defaultSettingsDir(process.platform, env, homedir());
  const profiles = readSavedProfiles(cwd);
  const wanted = nameOrId.trim().toLowerCase();
  const profile = profiles.find((p) => p.id === nameOrId || p.name.toLowerCase() === wanted);
  if (!profile) {
    if (profiles.length === 0) throw new UsageError(t('profiles.cli.not-found-none', { name: nameOrId, folder: cwd }));
    const known = formatList(profiles.map((p) => t('profiles.cli.quoted', { name: p.name })));
    throw new UsageError(t('profiles.cli.not-found', { name: nameOrId, folder: cwd, known }));
  }
  return profile;
}

/**
 * The profiles saved in a settings folder, read without changing anything: no file is
 * created, migrated, repaired or moved aside (the app does that when it opens its own
 * settings). A file the app could not use either is a usage error that names it.
 */
function readSavedProfiles(cwd: string): readonly Profile[] {
  const file = settingsFilePath(cwd);
  const read = readSettingsText(file);
  if (read.kind === 'missing') return [];
  if (read.kind === 'unreadable') throw new UsageError(t('profiles.cli.settings-unreadable', { file, problem: read.problem }));
  const checked = checkSettingsText(read.text);
  if (checked.ok) return checked.data.profiles;
  if (checked.newerVersion !== undefined) throw new UsageError(t('profiles.cli.settings-newer', { file }));
  throw new UsageError(t('profiles.cli.settings-unreadable', { file, problem: checked.problem }));
}
