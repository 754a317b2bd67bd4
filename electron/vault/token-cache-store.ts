/**
 * The Microsoft sign-in token cache in the keychain, split over several entries.
 *
 * Windows Credential Manager holds at most 2,560 bytes per entry and one Entra sign-in
 * serializes to 6–7 KB that hardly compresses (tokens are random), so the cache is gzipped,
 * base64-encoded and cut into chunks of CHUNK_CHARS ASCII characters (shared/facts/sign-in.ts,
 * `sign-in.windows-credential-size`). Entries, under the app's keychain service:
 *
 *   msal-token-cache.<clientId>.<generation>.<n>   chunk n (0-based) of one generation
 *   msal-token-cache.<clientId>.meta               {"format","generation","count","sha256"}
 *
 * Names carry no "@", so they never collide with password entries (account = address).
 * A write is atomic for readers: chunks of a new generation first, then the meta entry that
 * names it, then the old generation is removed. A reader that finds a missing chunk or a
 * checksum that does not match treats the cache as empty rather than loading a corrupt one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { vaultOk, type Vault, type VaultResult } from './vault';

export const TOKEN_CACHE_PREFIX = 'msal-token-cache';
/** Well under 2,560 bytes: base64 is ASCII, so characters are bytes. */
export const CHUNK_CHARS = 2000;
const FORMAT = 'gzip+base64/v1';
/** More chunks than any real cache needs; a larger count in a meta entry is corruption. */
const MAX_CHUNKS = 64;

interface Meta {
  format: string;
  generation: string;
  count: number;
  sha256: string;
}

export interface TokenCacheStore {
  /** The serialized cache, or null when none is stored or the stored set is unusable. */
  read(): Promise<VaultResult<string | null>>;
  write(serialized: string): Promise<VaultResult<{ entries: number }>>;
  /** Removes every entry of this client id (all generations, strays of a crashed write too). */
  clear(): Promise<VaultResult<number>>;
}

export interface TokenCacheStoreOptions {
  vault: Vault;
  clientId: string;
  /** Diagnostic lines; never given cache contents. */
  log?: (line: string) => void;
  /** New generation ids; default 8 random hex characters. */
  newGeneration?: () => string;
}

export function tokenCacheEntryPrefix(clientId: string): string {
  return `${TOKEN_CACHE_PREFIX}.${clientId}.`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function parseMeta(text: string): Meta | null {
  try {
    const meta = JSON.parse(text) as Partial<Meta>;
    const valid =
      meta.format === FORMAT &&
      typeof meta.generation === 'string' &&
      /^[0-9a-f]{1,32}$/.test(meta.generation) &&
      Number.isInteger(meta.count) &&
      (meta.count as number) > 0 &&
      (meta.count as number) <= MAX_CHUNKS &&
      typeof meta.sha256 === 'string';
    return valid ? (meta as Meta) : null;
  } catch {
    return null;
  }
}

export function createTokenCacheStore(options: TokenCacheStoreOptions): TokenCacheStore {
  const { vault, clientId } = options;
  const log = options.log ?? (() => {});
  const newGeneration = options.newGeneration ?? (() => randomBytes(4).toString('hex'));
  const prefix = tokenCacheEntryPrefix(clientId);
  const metaName = `${prefix}meta`;
  const chunkName = (generation: string, n: number) => `${prefix}${generation}.${n}`;

  async function readMeta(): Promise<VaultResult<Meta | null>> {
    const stored = await vault.get(metaName);
    if (!stored.ok) return stored;
    if (stored.value === null) return vaultOk(null);
    const meta = parseMeta(stored.value);
    if (!meta) log('token cache: the meta entry is not readable; starting with an empty cache');
    return vaultOk(meta);
  }

  async function removeGeneration(meta: Meta): Promise<void> {
    for (let n = 0; n < meta.count; n++) {
      const removed = await vault.delete(chunkName(meta.generation, n));
      if (!removed.ok) log(`token cache: an old chunk could not be removed (${removed.error.message})`);
    }
  }

  return {
    async read() {
      const meta = await readMeta();
      if (!meta.ok) return meta;
      if (meta.value === null) return vaultOk(null);
      const { generation, count } = meta.value;
      let payload = '';
      for (let n = 0; n < count; n++) {
        const chunk = await vault.get(chunkName(generation, n));
        if (!chunk.ok) return chunk;
        if (chunk.value === null) {
          log(`token cache: chunk ${n + 1} of ${count} is missing (an interrupted write); starting with an empty cache`);
          return vaultOk(null);
        }
        payload += chunk.value;
      }
      if (sha256(payload) !== meta.value.sha256) {
        log('token cache: the chunks do not match their checksum; starting with an empty cache');
        return vaultOk(null);
      }
      try {
        const text = gunzipSync(Buffer.from(payload, 'base64')).toString('utf8');
        JSON.parse(text); // MSAL would throw on a cache that is not JSON; treat it as empty instead
        return vaultOk(text);
      } catch {
        log('token cache: the stored cache could not be unpacked; starting with an empty cache');
        return vaultOk(null);
      }
    },

    async write(serialized) {
      const previous = await readMeta();
      if (!previous.ok) return previous;
      const payload = gzipSync(Buffer.from(serialized, 'utf8')).toString('base64');
      const chunks = payload.match(new RegExp(`.{1,${CHUNK_CHARS}}`, 'g')) ?? [''];
      if (chunks.length > MAX_CHUNKS) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: `the token cache is too large for the keychain (${chunks.length} chunks)`, field: 'secret' } };
      }
      let generation = newGeneration();
      if (generation === previous.value?.generation) generation = `${generation}0`;
      const meta: Meta = { format: FORMAT, generation, count: chunks.length, sha256: sha256(payload) };
      for (const [n, chunk] of chunks.entries()) {
        const stored = await vault.set(chunkName(generation, n), chunk);
        if (!stored.ok) {
          await removeGeneration({ ...meta, count: n }); // the old generation stays valid
          return stored;
        }
      }
      const named = await vault.set(metaName, JSON.stringify(meta));
      if (!named.ok) {
        await removeGeneration(meta);
        return named;
      }
      if (previous.value) await removeGeneration(previous.value);
      return vaultOk({ entries: chunks.length + 1 });
    },

    async clear() {
      const listed = await vault.listAccounts();
      if (!listed.ok) return listed;
      let removed = 0;
      // The meta entry goes first, so a reader never sees a generation half removed.
      const names = listed.value.filter((name) => name.startsWith(prefix)).sort((a, b) => Number(b === metaName) - Number(a === metaName));
      for (const name of names) {
        const deleted = await vault.delete(name);
        if (!deleted.ok) return deleted;
        if (deleted.value) removed++;
      }
      return vaultOk(removed);
    },
  };
}
