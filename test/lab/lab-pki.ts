/**
 * The lab PKI, generated once per process and cached on disk for a day so parallel test
 * workers don't each pay for RSA keys; plus the lab root as a file for child processes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LabPki, generatePki } from './certificates';

// Bump when generatePki() changes what it makes, so stale caches are ignored.
const CACHE_VERSION = 'lab-pki-v1';
// Short enough that the relative validity dates (expired 10 days ago, valid from +30 days) stay true.
const CACHE_MAX_AGE_MS = 24 * 3600 * 1000;
const CACHE_DIR = join(tmpdir(), 'mail-setup-lab');

interface CacheFile {
  version: string;
  createdAt: number;
  pki: LabPki;
}

const cacheFile = join(CACHE_DIR, `${CACHE_VERSION}.json`);

async function readCache(): Promise<LabPki | null> {
  try {
    const parsed = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile;
    const fresh = parsed.version === CACHE_VERSION && Date.now() - parsed.createdAt < CACHE_MAX_AGE_MS;
    return fresh ? parsed.pki : null;
  } catch {
    return null;
  }
}

async function writeCache(pki: LabPki): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  const tmp = `${cacheFile}.${process.pid}.${Date.now()}`;
  const body: CacheFile = { version: CACHE_VERSION, createdAt: Date.now(), pki };
  await writeFile(tmp, JSON.stringify(body), { mode: 0o600 });
  await rename(tmp, cacheFile); // atomic: concurrent workers never read half a file
}

let pkiPromise: Promise<LabPki> | null = null;

/** The lab PKI, generated once per process (or taken from a fresh disk cache). */
export function labPki(): Promise<LabPki> {
  pkiPromise ??= (async () => {
    const cached = await readCache();
    if (cached) return cached;
    const pki = await generatePki();
    await writeCache(pki);
    return pki;
  })();
  return pkiPromise;
}

/**
 * A PEM file holding only the lab root, for NODE_EXTRA_CA_CERTS in child processes.
 * Named by fingerprint, so a worker that regenerated the PKI never overwrites the
 * root another process is still using.
 */
export async function labCaPath(): Promise<string> {
  const { rootPem } = await labPki();
  const id = createHash('sha256').update(rootPem).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `lab-root-${id}.pem`);
  await mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  await writeFile(file, rootPem, { mode: 0o644 });
  return file;
}
