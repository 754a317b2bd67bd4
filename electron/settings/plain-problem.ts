/**
 * Turns the first thing wrong in a JSON file into one sentence an office worker can pass
 * on to IT ("the entry "oauth.clientId" should be text, but it is a number"), instead of
 * zod's developer wording.
 */
import type { z } from 'zod';
import { t } from '../../shared/i18n';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
  undefined: 'missing',
};

function typeWords(type: string): string {
  return TYPE_WORDS[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list [ … ]';
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
  if (path.length === 0) return t('settings.problem.whole-file');
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
  if (!issue) return t('settings.problem.other', { field: fieldName([]), detail: 'unknown problem' });
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, path);
      if (path.length === 0) return t('settings.problem.not-object');
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
        allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'too_small':
      return t('settings.problem.too-small', { field: fieldName(path) });
    case 'too_big':
      return t('settings.problem.too-big', { field: fieldName(path) });
    case 'invalid_format':
    case 'custom': // refinements such as the host and address rules
      return t('settings.problem.bad-format', { field: fieldName(path), detail: issue.message });
    default:
      return t('settings.problem.other', { field: fieldName(path), detail: issue.message });
  }
}
