import { homedir } from 'node:os';
import type { Profile } from '../../shared/profile';
import { defaultSettingsDir } from '../settings/settings-dir';
import { createSettingsService } from '../settings/settings-service';
import { UsageError } from './command';

/** Finds a saved profile by name (case-insensitive) or id in the app's settings. */
export function findSavedProfile(nameOrId: string, settingsDir: string | undefined, env: Readonly<Record<string, string | undefined>>): Profile {
  const cwd = settingsDir ?? defaultSettingsDir(process.platform, env, homedir());
  const { profiles } = createSettingsService({ cwd }).read();
  const wanted = nameOrId.trim().toLowerCase();
  const profile = profiles.find((p) => p.id === nameOrId || p.name.toLowerCase() === wanted);
  if (!profile) {
    const known = profiles.map((p) => `"${p.name}"`).join(', ') || 'none';
    throw new UsageError(`no saved profile named "${nameOrId}" in ${cwd} (saved: ${known}).`);
  }
  return profile;
}
