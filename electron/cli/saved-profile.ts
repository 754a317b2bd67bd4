import { homedir } from 'node:os';
import { t } from '../../shared/i18n';
import { formatList } from '../../shared/i18n/intl-format';
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
    if (profiles.length === 0) throw new UsageError(t('profiles.cli.not-found-none', { name: nameOrId, folder: cwd }));
    const known = formatList(profiles.map((p) => t('profiles.cli.quoted', { name: p.name })));
    throw new UsageError(t('profiles.cli.not-found', { name: nameOrId, folder: cwd, known }));
  }
  return profile;
}
