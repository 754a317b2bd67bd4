/**
 * Turns the first thing wrong in a JSON file into one sentence an office worker can pass
 * on to IT ("the entry "oauth.clientId" should be text, but it is a number"), instead of
 * zod's developer wording.
 */
import type { z } from 'zod';
import { t, type MessageKey } from '../../shared/i18n';
import { formatList } from '../../shared/i18n/intl-format';

const TYPE_WORDS: Readonly<Record<string, MessageKey>> = {
  string: 'settings.problem.type.string',
  number: 'settings.problem.type.number',
  int: 'settings.problem.type.int',
  boolean: 'settings.problem.type.boolean',
  array: 'settings.problem.type.array',
  object: 'settings.problem.type.object',
  null: 'settings.problem.type.null',
  undefined: 'settings.problem.type.undefined',
};

// A JSON type zod names that has no words yet (bigint, symbol…) shows as the type name.
function typeWords(type: string): string {
  const key = TYPE_WORDS[type];
  return key ? t(key) : type;
}

function describeValue(value: unknown): string {
  if (value === null) return typeWords('null');
  if (Array.isArray(value)) return typeWords('array');
  return typeWords(typeof value);
}

/** Walks the input along an issue path to say what was actually there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function describeJsonError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return t('settings.problem.not-json', { detail });
}

export function describeZodError(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return t('settings.problem.file-invalid');
  const path = issue.path;
  if (path.length === 0 && issue.code !== 'unrecognized_keys') {
    // A problem with the file as a whole (not an object, or a rule across entries).
    return issue.code === 'invalid_type' ? t('settings.problem.not-object') : t('settings.problem.file-invalid');
  }
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, path);
      if (received === undefined) return t('settings.problem.missing', { field: fieldName(path) });
      return t('settings.problem.wrong-type', {
        field: fieldName(path),
        expected: typeWords(issue.expected),
        received: describeValue(received),
      });
    }
    case 'unrecognized_keys':
      return t('settings.problem.unknown-key', { field: fieldName([...path, issue.keys[0] ?? '?']) });
    case 'invalid_value':
      return t('settings.problem.not-one-of', {
        field: fieldName(path),
        allowed: formatList(issue.values.map((v) => JSON.stringify(v)), 'disjunction'),
      });
    case 'too_small':
      return t('settings.problem.too-small', { field: fieldName(path) });
    case 'too_big':
      return t('settings.problem.too-big', { field: fieldName(path) });
    case 'invalid_format':
    case 'custom': // refinements such as the host and address rules: their messages are ours (shared/i18n/en/validation.ts)
      return t('settings.problem.bad-format', { field: fieldName(path), detail: issue.message });
    default:
      // zod's own message is English developer wording, so it is not shown.
      return t('settings.problem.invalid', { field: fieldName(path) });
  }
}
