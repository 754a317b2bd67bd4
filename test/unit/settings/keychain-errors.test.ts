import { describe, expect, it } from 'vitest';
import { classifyKeychainError } from '../../../electron/vault/keychain-errors';

describe('classifyKeychainError', () => {
  it.each([
    // Seen on the build machines (docs/build-machines.md, "The keychain on Linux") and in this project's integration tests.
    ['Cannot create an item in a locked collection', 'locked'],
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'no-secret-service'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'no-secret-service'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'no-secret-service'],
    // macOS Security framework texts.
    ['User interaction is not allowed.', 'locked'],
    ['The user name or passphrase you entered is not correct.', 'locked'],
    ['No keychain could be found.', 'no-secret-service'],
    ['Something else entirely', 'unknown'],
  ])('%s → %s', (message, reason) => {
    expect(classifyKeychainError(new Error(message))).toBe(reason);
  });

  it('handles a thrown non-Error', () => {
    expect(classifyKeychainError('Cannot create an item in a locked collection')).toBe('locked');
    expect(classifyKeychainError(undefined)).toBe('unknown');
  });
});
