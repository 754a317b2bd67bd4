/**
 * Partial damage costs only what is damaged: a profile that fails its schema (or repeats
 * an id, or comes after the 200th) is set aside on its own, invalid preferences fall back
 * to the defaults, and unknown top-level entries are dropped; everything else loads. What
 * was set aside is kept byte for byte, as it stood in the file, in a side document.
 * Pure: text in, data and side-document text out.
 */
import { z } from 'zod';
import {
  MAX_PROFILES,
  PreferencesSchema,
  ProfileSchema,
  SETTINGS_VERSION,
  SettingsFileSchema,
  type Profile,
  type SettingsFile,
} from '../../shared/profile';
import { t } from '../../shared/i18n';
import { escapeControlCharacters } from '../../shared/text-safety';
import { arrayElementSpans, topLevelSpans, type Span } from './json-spans';
import { describeZodError } from './plain-problem';

export interface SetAside {
  /** The side document: a JSON object holding each set-aside part exactly as it was written. */
  text: string;
  /** What was set aside, in plain words ("the profile “Work mail”"). */
  items: string[];
  /** The first problem, in plain words. */
  problem: string;
}

export type Salvage = { ok: true; data: SettingsFile; setAside: SetAside } | { ok: false };

const KNOWN_KEYS = new Set(['schemaVersion', 'profiles', 'preferences']);
const MAX_NAME_SHOWN = 60;

function profileLabel(entry: unknown, index: number): string {
  const name = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['name'] : undefined;
  if (typeof name !== 'string' || name.trim() === '') return t('settings.recovered.unnamed-profile', { number: index + 1 });
  const shown = name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
  return t('settings.recovered.profile', { name: escapeControlCharacters(shown, { multiline: false }) });
}

/** Re-roots an issue under `path`, so the plain message names the entry in the file. */
function problemAt(error: z.ZodError, value: unknown, path: (string | number)[]): string {
  const wrapped = new z.ZodError(error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
  return describeZodError(wrapped, wrapRoot(value, path));
}

function wrapRoot(value: unknown, path: (string | number)[]): unknown {
  return path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? Object.assign([], { [key]: inner }) : { [key]: inner }), value);
}

/**
 * `doc` is the migrated document, `text` the file as read. Returns ok: false when the
 * damage is not confined to parts that can be set aside.
 */
export function salvageSettings(doc: Record<string, unknown>, text: string): Salvage {
  const spans = topLevelSpans(text);
  const raw = (span: Span | undefined, value: unknown) => (span ? text.slice(span.start, span.end) : JSON.stringify(value, null, '\t'));
  const asideProfiles: string[] = [];
  const asideOther: [string, string][] = [];
  const items: string[] = [];
  const problems: string[] = [];

  const profiles: Profile[] = [];
  const rawProfiles = doc['profiles'];
  if (Array.isArray(rawProfiles)) {
    const profilesSpan = spans.get('profiles');
    const elementSpans = profilesSpan ? arrayElementSpans(text, profilesSpan) : [];
    // Spans line up with entries unless a migration changed the list; then the migrated entry is kept.
    const spanFor = (i: number) => (elementSpans.length === rawProfiles.length ? elementSpans[i] : undefined);
    const ids = new Set<string>();
    rawProfiles.forEach((entry: unknown, i) => {
      const parsed = ProfileSchema.safeParse(entry);
      let problem: string | null = null;
      if (!parsed.success) problem = problemAt(parsed.error, entry, ['profiles', i]);
      else if (ids.has(parsed.data.id)) problem = t('settings.problem.duplicate-id', { field: `profiles[${i}].id` });
      else if (profiles.length >= MAX_PROFILES) problem = t('settings.problem.too-many-profiles', { max: MAX_PROFILES });
      if (problem === null && parsed.success) {
        ids.add(parsed.data.id);
        profiles.push(parsed.data);
        return;
      }
      asideProfiles.push(raw(spanFor(i), entry));
      items.push(profileLabel(entry, i));
      if (problem) problems.push(problem);
    });
  } else if (rawProfiles !== undefined) {
    asideOther.push(['profiles', raw(spans.get('profiles'), rawProfiles)]);
    items.push(t('settings.recovered.entry', { key: 'profiles' }));
    problems.push(t('settings.problem.wrong-type', { field: 'profiles', expected: 'a list [ … ]', received: typeof rawProfiles }));
  }

  const preferences = PreferencesSchema.safeParse(doc['preferences'] ?? {});
  if (!preferences.success) {
    asideOther.push(['preferences', raw(spans.get('preferences'), doc['preferences'])]);
    items.push(t('settings.recovered.preferences'));
    problems.push(problemAt(preferences.error, doc['preferences'], ['preferences']));
  }
  for (const key of Object.keys(doc)) {
    if (KNOWN_KEYS.has(key)) continue;
    asideOther.push([key, raw(spans.get(key), doc[key])]);
    items.push(t('settings.recovered.entry', { key: escapeControlCharacters(key, { multiline: false }) }));
    problems.push(t('settings.problem.unknown-key', { field: escapeControlCharacters(key, { multiline: false }) }));
  }

  const data = SettingsFileSchema.safeParse({
    schemaVersion: SETTINGS_VERSION,
    profiles,
    preferences: preferences.success ? preferences.data : PreferencesSchema.parse({}),
  });
  if (!data.success || items.length === 0) return { ok: false };
  return { ok: true, data: data.data, setAside: { text: sideDocument(asideProfiles, asideOther), items, problem: problems[0] ?? '' } };
}

/** A JSON object around the raw parts; each part is exactly the text from the file. */
function sideDocument(profiles: string[], other: [string, string][]): string {
  const parts: string[] = [];
  if (profiles.length > 0) parts.push(`\t"profiles": [\n${profiles.join(',\n')}\n\t]`);
  for (const [key, text] of other) parts.push(`\t${JSON.stringify(key)}: ${text}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}
