/**
 * English messages: input rules (shared/validation.ts). They follow the field name
 * ("host: is not a valid server name"), so each starts in lower case.
 */
export const validation = {
  'validation.required': 'is required',
  'validation.oauth-account-key': 'is not a signed-in account',
  'validation.env-name': 'must be the name of an environment variable, like {example}',
  'validation.default-preset-listed': 'must also be listed in "presets"',
  'validation.line-breaks': 'must not contain line breaks or control characters',
  'validation.host': 'is not a valid server name',
  'validation.address': 'is not a valid email address',
  'validation.too-long': 'is too long (at most {max, plural, one {# character} other {# characters}})',
  'validation.user-characters': 'must not contain spaces or invisible characters',
  'validation.sender-address':
    'is used as the sender of the test message, so it must be a whole email address like name@example.com',
  'validation.password-characters': 'must not contain line breaks or other control characters',
  'validation.token-characters': 'is not an access token (letters, digits and - . _ ~ + / only)',
  'validation.fingerprint': 'is not a SHA-256 fingerprint',
  'validation.name-characters': 'must not contain line breaks, control characters or text-direction marks',
  'validation.too-many-profiles': 'you can keep at most {max, plural, one {# profile} other {# profiles}}; delete some before adding more',
} as const;
