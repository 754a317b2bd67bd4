import type { Profile } from '../profile';
import type { AccountInput } from './export-account';

/** The export account for a saved profile: the same settings, never a secret. */
export function accountFromProfile(profile: Profile): AccountInput {
  return {
    presetId: profile.preset,
    address: profile.address,
    description: profile.name,
    host: profile.host,
    port: profile.port,
    security: profile.security,
    auth: profile.authMethod,
    ...(profile.user ? { username: profile.user } : {}),
  };
}
