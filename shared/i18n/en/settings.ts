/** English messages: settings. Keys are stable ids; see shared/i18n/translate.ts. */
export const settings = {
  // Notices shown once at start (SettingsNotice kinds).
  'settings.notice.settings-corrupt.title': 'Your saved settings could not be read',
  'settings.notice.settings-corrupt.body':
    'The settings file was damaged, so the app started with fresh settings. The old file was kept as {movedTo} in case your IT team wants to look at it. Problem: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'The settings file {file} was damaged and could not be moved aside, so the app is using fresh settings for now and will not save changes. Problem: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Some of your saved settings could not be read',
  'settings.notice.settings-partly-recovered.body':
    'These could not be read and were set aside: {items}. Everything else was loaded as usual. They were kept exactly as they were in {movedTo}, in case your IT team wants to look at them. First problem: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'These could not be read: {items}. Everything else was loaded, but the app could not keep a copy of them, so it will not save changes to {file} for now. First problem: {problem}',
  'settings.notice.settings-newer-version.title': 'Your settings come from a newer version of the app',
  'settings.notice.settings-newer-version.body':
    'The settings file was written by a newer version of Mail Setup Assistant (format {version}). It was kept as {movedTo} and the app started with fresh settings. Install the newer version again to use it.',
  'settings.notice.settings-newer-version.body-not-moved':
    'The settings file {file} was written by a newer version of Mail Setup Assistant (format {version}). The app is using fresh settings for now and will not save changes, so the newer file stays as it is.',
  'settings.notice.settings-unwritable.title': 'Settings cannot be saved',
  'settings.notice.settings-unwritable.body':
    'The app cannot write its settings file {file}, so changes will be lost when you close it. Problem: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Your organisation’s settings file was ignored',
  'settings.notice.org-defaults-invalid.body':
    'The file {file} that your IT team placed has a problem, so the app uses its built-in settings. Please tell your IT team: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Your organisation’s settings file has unknown entries',
  'settings.notice.org-defaults-unknown-keys.body':
    'The file {file} contains entries this version does not know: {keys}. They were ignored; everything else in the file is used.',
  'settings.notice.org-defaults-unreadable.title': 'Your organisation’s settings file could not be read',
  'settings.notice.org-defaults-unreadable.body':
    'The file {file} could not be read, so the app uses its built-in settings. Problem: {problem}',

  // Plain-words descriptions of the first problem in a JSON file.
  'settings.problem.not-json': 'the file is not valid JSON ({detail}).',
  'settings.problem.not-object': 'the file must contain one JSON object.',
  'settings.problem.wrong-type': 'the entry "{field}" should be {expected}, but it is {received}.',
  'settings.problem.missing': 'the entry "{field}" is missing.',
  'settings.problem.not-one-of': 'the entry "{field}" should be {allowed}.',
  'settings.problem.unknown-key': 'the entry "{field}" is not one this app knows.',
  'settings.problem.too-small': 'the entry "{field}" is too short or too small.',
  'settings.problem.too-big': 'the entry "{field}" is too long or too large.',
  'settings.problem.bad-format': 'the entry "{field}" {detail}.',
  'settings.problem.invalid': 'the entry "{field}" is not valid.',
  'settings.problem.file-invalid': 'the file does not have the form this app expects.',
  // What an entry should be or is ("should be {expected}, but it is {received}").
  'settings.problem.type.string': 'text',
  'settings.problem.type.number': 'a number',
  'settings.problem.type.int': 'a whole number',
  'settings.problem.type.boolean': 'true or false',
  'settings.problem.type.array': 'a list [ … ]',
  'settings.problem.type.object': 'a group of entries (an object)',
  'settings.problem.type.null': 'null',
  'settings.problem.type.undefined': 'missing',
  'settings.problem.duplicate-id': 'the entry "{field}" repeats the id of an earlier profile.',
  'settings.problem.too-many-profiles': 'there are more than {max, plural, one {# profile} other {# profiles}}; the ones after the first {max, number} were set aside.',
  'settings.problem.not-utf8': 'the file is not text in UTF-8.',
  'settings.recovered.profile': 'the profile “{name}”',
  'settings.recovered.unnamed-profile': 'profile number {number} (it has no name)',
  'settings.recovered.preferences': 'your preferences (the defaults are used instead)',
  'settings.recovered.entry': 'the entry “{key}”',
  'settings.problem.migration-failed': 'the file could not be upgraded to the current format ({detail}).',

  // Keychain states (KEYCHAIN_UNAVAILABLE reasons), for the "remember" checkbox and profile list.
  'settings.keychain.no-native-module':
    'This computer’s password store could not be opened by the app, so passwords cannot be remembered. Everything else works.',
  'settings.keychain.no-secret-service':
    'There is no password store (keychain) available on this computer, so passwords cannot be remembered. Everything else works.',
  'settings.keychain.locked':
    'Your password store (keychain) is locked. Unlock it, for example by signing in to your computer again, then try again.',
  'settings.keychain.unknown':
    'The password store (keychain) did not answer as expected, so passwords cannot be remembered right now. Everything else works.',
  'settings.keychain.secret-not-removed':
    'The profile was deleted, but its saved password could not be removed from the password store: {reason}',

  // Why a secret was not saved (credential policy).
  'settings.remember.not-ticked': 'The password was not saved because “Remember” was not ticked.',
  'settings.remember.test-not-passed': 'The password is saved only after a successful sign-in test.',
  'settings.remember.no-secret': 'There is no password to save for this sign-in method.',
  'settings.remember.saved': 'The password is saved in this computer’s password store.',
} as const;
