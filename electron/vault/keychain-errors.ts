/**
 * Maps what keytar throws to why the keychain cannot be used. The texts come from libsecret
 * / GLib on Linux (verified, docs/build-machines.md), the Security framework on macOS and the
 * Credential Manager on Windows.
 */
import type { KeychainReason } from './vault';

const LOCKED = [
  /locked collection/i, // libsecret: set on a locked keyring
  /is locked/i,
  /User interaction is not allowed/i, // macOS errSecInteractionNotAllowed (keychain locked, no UI)
  /passphrase you entered is not correct/i, // macOS errSecAuthFailed
  /\bUser canceled\b/i, // macOS: unlock prompt dismissed
];

const NO_SERVICE = [
  /Cannot autolaunch D-Bus/i, // no session bus
  /org\.freedesktop\.DBus\.Error/i,
  /Could not connect/i,
  /Failed to connect to socket/i,
  /The name org\.freedesktop\.secrets was not provided/i, // bus but no Secret Service
  // Bus and daemon, but no default keyring exists and it could not prompt to create one.
  /Object does not exist at path .*\/org\/freedesktop\/secrets\/collection\//i,
  /No such secret collection/i,
  /No keychain could be found/i, // macOS errSecNoDefaultKeychain
];

export function classifyKeychainError(error: unknown): KeychainReason {
  const message = error instanceof Error ? error.message : String(error);
  if (LOCKED.some((re) => re.test(message))) return 'locked';
  if (NO_SERVICE.some((re) => re.test(message))) return 'no-secret-service';
  return 'unknown';
}
