/**
 * Organisation defaults: a JSON file IT places next to the app or in a per-OS location to
 * preset the tenant, OAuth app, relay host and offered presets, and to lock fields. The first
 * file found is the one used. A problem never stops the app: it falls back to the built-in
 * defaults and returns a notice that names the file and the first problem in plain words.
 */
import { posix, win32 } from 'node:path';
import { BUILT_IN_ORG_DEFAULTS, OrgDefaultsSchema, type OrgDefaults, type SettingsNotice } from '../../shared/profile';
import { describeJsonError, describeZodError } from './plain-problem';
import { t } from '../../shared/i18n';

export const ORG_DEFAULTS_FILE = 'org-defaults.json';
const MAX_BYTES = 64 * 1024;

export interface OrgDefaultsLoad {
  defaults: OrgDefaults;
  /** The file the defaults came from, or null for the built-in defaults. */
  source: string | null;
  warnings: SettingsNotice[];
}

export interface LoadOrgDefaultsOptions {
  /** Paths to try in order; see orgDefaultsCandidates(). */
  candidates: string[];
  /** Reads a file as UTF-8; rejects with ENOENT when it does not exist (fs.promises.readFile). */
  readFile: (path: string) => Promise<string>;
}

/** Where IT may put the file: next to the app first, then the machine-wide location. */
export function orgDefaultsCandidates(options: {
  platform: NodeJS.Platform;
  appDir?: string;
  env: Readonly<Record<string, string | undefined>>;
}): string[] {
  const windows = options.platform === 'win32';
  const path = windows ? win32 : posix;
  const machineWide = windows
    ? win32.join(options.env['ProgramData'] ?? 'C:\\ProgramData', 'Mail Setup Assistant', ORG_DEFAULTS_FILE)
    : options.platform === 'darwin'
      ? posix.join('/Library/Application Support/Mail Setup Assistant', ORG_DEFAULTS_FILE)
      : posix.join('/etc/mail-setup-assistant', ORG_DEFAULTS_FILE);
  return options.appDir ? [path.join(options.appDir, ORG_DEFAULTS_FILE), machineWide] : [machineWide];
}

function unknownKeys(raw: Record<string, unknown>): string[] {
  const known = new Set([...Object.keys(OrgDefaultsSchema.shape), '$schema']);
  const keys = Object.keys(raw).filter((k) => !known.has(k));
  const nested = { oauth: OrgDefaultsSchema.shape.oauth, exchange: OrgDefaultsSchema.shape.exchange, signing: OrgDefaultsSchema.shape.signing };
  for (const [name, schema] of Object.entries(nested)) {
    const value = raw[name];
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const known = Object.keys(schema.unwrap().shape);
    keys.push(...Object.keys(value).filter((k) => !known.includes(k)).map((k) => `${name}.${k}`));
  }
  return keys;
}

/** Pure: file text → defaults (null when unusable) and warnings. */
export function parseOrgDefaults(text: string, file: string): { defaults: OrgDefaults | null; warnings: SettingsNotice[] } {
  const invalid = (problem: string) => ({
    defaults: null,
    warnings: [{ kind: 'org-defaults-invalid', file, problem } satisfies SettingsNotice],
  });
  if (text.length > MAX_BYTES) return invalid(t('settings.problem.too-big', { field: file }));
  let raw: unknown;
  try {
    // A UTF-8 byte order mark (Notepad adds one) is not a JSON error.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return invalid(describeJsonError(error));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return invalid(t('settings.problem.not-object'));
  const parsed = OrgDefaultsSchema.safeParse(raw);
  if (!parsed.success) return invalid(describeZodError(parsed.error, raw));
  const extra = unknownKeys(raw as Record<string, unknown>);
  return {
    defaults: { ...BUILT_IN_ORG_DEFAULTS, ...parsed.data },
    warnings: extra.length ? [{ kind: 'org-defaults-unknown-keys', file, keys: extra }] : [],
  };
}

export async function loadOrgDefaults(options: LoadOrgDefaultsOptions): Promise<OrgDefaultsLoad> {
  const builtIn = (warnings: SettingsNotice[]): OrgDefaultsLoad => ({
    defaults: structuredClone(BUILT_IN_ORG_DEFAULTS),
    source: null,
    warnings,
  });
  for (const file of options.candidates) {
    let text: string;
    try {
      text = await options.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return builtIn([{ kind: 'org-defaults-unreadable', file, problem: (error as Error).message }]);
    }
    const parsed = parseOrgDefaults(text, file);
    if (!parsed.defaults) return builtIn(parsed.warnings);
    return { defaults: parsed.defaults, source: file, warnings: parsed.warnings };
  }
  return builtIn([]);
}
