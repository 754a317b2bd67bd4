/**
 * The key-value store under the settings service. Tests and the CLI use `conf` directly;
 * the Electron main process passes an electron-store factory (electron-store is conf plus
 * the userData path, but it imports `electron`, so it is never loaded here).
 */
import Conf from 'conf';
import { z } from 'zod';
import { SettingsFileSchema } from '../../shared/profile';

/** The part of conf / electron-store the service uses. */
export interface SettingsStore {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface SettingsStoreOptions {
  /** Absolute directory of the settings file. */
  cwd: string;
  /** File name without `.json`. electron-store calls this option `name`. */
  configName: string;
  /** JSON Schema per top-level key (conf's `schema` option). */
  schema: Record<string, unknown>;
  /** JSON Schema keywords for the whole document (conf's `rootSchema` option). */
  rootSchema: Record<string, unknown>;
  /** The document to start from when there is no file (conf writes it at construction). */
  defaults: Record<string, unknown>;
}

export type SettingsStoreFactory = (options: SettingsStoreOptions) => SettingsStore;

/**
 * JSON Schema generated from the zod schema, so conf/electron-store validates every write
 * too (Ajv draft 2020-12, which is what zod emits). zod stays the source of truth.
 */
export function settingsJsonSchema(): Pick<SettingsStoreOptions, 'schema' | 'rootSchema'> {
  const full = z.toJSONSchema(SettingsFileSchema, { unrepresentable: 'any' }) as {
    properties: Record<string, unknown>;
    required?: string[];
  };
  return {
    schema: full.properties,
    rootSchema: { required: full.required ?? [], additionalProperties: false },
  };
}

export const confStoreFactory: SettingsStoreFactory = (options) =>
  new Conf<Record<string, unknown>>({
    cwd: options.cwd,
    configName: options.configName,
    schema: options.schema as never,
    rootSchema: options.rootSchema as never,
    defaults: options.defaults,
    // Keys like "lastProfileId" are plain keys, and a damaged file must throw, never be
    // silently replaced (the service moves it aside first).
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
  });
