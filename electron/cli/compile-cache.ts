/**
 * A V8 code cache for the CLI bundle's chunks (dist-electron/cli-chunks/*.cjs), so a
 * second and later `mail-setup` run does not parse and compile the same JavaScript again:
 * compiling the findings catalogue, the i18n tables, zod and nodemailer is a good part of
 * what a command costs beyond Node's own start-up (`npm run bench`, groups 6, 9 and 11).
 *
 * Node 22.1+ has this built in (module.enableCompileCache); Node 20 does not, so there the
 * CLI compiles its chunks itself through vm.Script with V8's cachedData — the same data
 * Node's own cache keeps. Only the chunks are handled: their names carry a content hash
 * (vite.config.ts), so a rebuilt chunk never meets an old entry, and V8 rejects data from
 * another V8 version or source length by itself (then the chunk compiles as usual and the
 * entry is rewritten).
 *
 * The cache lives in the user's own cache folder (created 0700), never in a shared temp
 * folder, because code read from it runs as this user. NODE_DISABLE_COMPILE_CACHE=1 (Node's
 * own switch) turns it off; with --enable-source-maps it stays off too, so stack traces
 * keep mapping to the sources. Nothing here may fail a command: any error means "no cache".
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Env = Readonly<Record<string, string | undefined>>;

/** A chunk of the CLI bundle: `<name>-<hash>.cjs` in a folder called cli-chunks. */
const CHUNK = /[\\/]cli-chunks[\\/][\w.-]+\.cjs$/;

/** The per-user cache folder for this runtime (V8 data is specific to the version and architecture). */
export function compileCacheDir(env: Env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const base =
    platform === 'win32'
      ? (env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : (env['XDG_CACHE_HOME'] || join(home, '.cache'));
  return join(base, 'mail-setup', 'compile-cache', `${process.version}-${process.arch}`);
}

export type CompileCacheMode = 'node' | 'chunks' | 'off';

interface InternalModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

/**
 * Turns the cache on for chunks loaded from now on; returns how. Call it before the
 * first command chunk is required (electron/cli.ts does, first thing).
 */
export function enableCompileCache(env: Env): CompileCacheMode {
  if (env['NODE_DISABLE_COMPILE_CACHE'] || process.sourceMapsEnabled) return 'off';
  try {
    const dir = compileCacheDir(env);
    const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
    if (typeof builtIn === 'function') {
      // Made here so that it is this user's alone; Node would create it with default modes.
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      builtIn(dir);
      return 'node';
    }
    hookChunks(dir);
    return 'chunks';
  } catch {
    return 'off';
  }
}

function hookChunks(dir: string): void {
  const proto = (Module as unknown as { prototype: InternalModule }).prototype;
  const original = proto._compile;
  const fresh: { script: Script; file: string }[] = [];
  proto._compile = function compileWithCache(this: InternalModule, content: string, filename: string) {
    if (!CHUNK.test(filename) || content.startsWith('#!')) return original.call(this, content, filename);
    const file = join(dir, `${basename(filename)}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) fresh.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    // The chunks only ever call require(id) (no require.resolve or .cache): the module's own is enough.
    const require = (id: string) => this.require(id);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  // Written at exit, so the data also holds the functions the command actually ran.
  process.once('exit', () => {
    if (fresh.length === 0) return;
    let present: string[] = [];
    try {
      // Made only when there is something to write: a run with every entry in place makes nothing.
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      present = readdirSync(dir);
    } catch {
      return;
    }
    for (const { script, file } of fresh) {
      try {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, file);
        for (const old of olderBuilds(basename(file), present)) rmSync(join(dir, old), { force: true });
      } catch {
        // A read-only or full disk only means the next run compiles again.
      }
    }
  });
}

/** What vite.config.ts names a chunk: `<name>-<8 hash characters>.cjs`; the hash may hold `-` and `_`. */
const HASHED_ENTRY = /^(.+)-[\w-]{8}\.cjs\.v8$/;

/**
 * Entries of the same chunk from other builds (`findings-<other hash>.cjs.v8` beside a
 * new `findings-<hash>.cjs.v8`): removed, so rebuilding keeps one entry per chunk
 * instead of growing the folder with every build.
 */
export function olderBuilds(entry: string, present: readonly string[]): string[] {
  const name = HASHED_ENTRY.exec(entry)?.[1];
  if (name === undefined) return [];
  return present.filter((other) => other !== entry && HASHED_ENTRY.exec(other)?.[1] === name);
}
