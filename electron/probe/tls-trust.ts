import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

/**
 * The TLS stage's trust store: what the person's mail client would trust. Node's bundled
 * roots, the operating system's store where the runtime exposes it (Electron's Node has
 * tls.getCACertificates('system'); Node 20 does not), NODE_EXTRA_CA_CERTS, and roots the
 * caller adds (tests pass the lab root).
 *
 * Built lazily and cheaply, because a cold process pays for it on the way to a verdict:
 * Node's default context already holds the bundled roots (parsed once per process, in
 * C++) and the process's NODE_EXTRA_CA_CERTS, so only the few other roots are added to
 * it (the context copies the shared store before the first addition, so nothing leaks
 * into other contexts). Passing all ~150 roots as `ca` instead costs about 20 ms per
 * context; that is the fallback for a runtime without `addCACert`. The probe asks for
 * the context while the TCP connect is in flight (run-probe.ts), not before it.
 */
export interface TrustStore {
  /** The context for the TLS handshake; built on the first call, the same one after. */
  secureContext(): tls.SecureContext;
  /** True when only the OS store holds this trust anchor ("AB:CD:…"), not Node's roots or the extra ones. */
  onlyInSystemStore(fingerprint256: string): boolean;
  /** Notes for the transcript, e.g. an unreadable NODE_EXTRA_CA_CERTS file. */
  notes: string[];
}

export interface TrustSources {
  env: Readonly<Record<string, string | undefined>>;
  extraCa?: readonly string[];
  /** Overridable for tests; defaults to the runtime's OS store when it has one. */
  systemCertificates?: () => readonly string[];
}

type GetCaCertificates = (type: 'system' | 'bundled' | 'default' | 'extra') => string[];

export function runtimeSystemCertificates(): readonly string[] {
  const get = (tls as unknown as { getCACertificates?: GetCaCertificates }).getCACertificates;
  if (typeof get !== 'function') return [];
  try {
    return get('system');
  } catch {
    return [];
  }
}

/** Splits a PEM bundle into single certificates. */
export function splitPem(bundle: string): string[] {
  return bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

/** One built context per set of sources, kept for the life of the process. */
interface Built {
  secureContext: tls.SecureContext;
  onlyInSystemStore(fingerprint256: string): boolean;
}
const cache = new Map<string, Built>();

export function buildTrustStore(sources: TrustSources): TrustStore {
  const notes: string[] = [];
  const envPath = sources.env.NODE_EXTRA_CA_CERTS;
  let envExtra: string[] = [];
  if (envPath) {
    try {
      envExtra = splitPem(readFileSync(envPath, 'utf8'));
    } catch (error) {
      notes.push(`NODE_EXTRA_CA_CERTS could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const extra = dedupe([...envExtra, ...(sources.extraCa ?? []).flatMap(splitPem)]);
  let built: Built | null = null;
  const get = (): Built => {
    if (built) return built;
    // Read here, not up front: some operating systems take a while to list their store.
    const system = dedupe((sources.systemCertificates ?? runtimeSystemCertificates)());
    const key = JSON.stringify([extra, system.length, system[0] ?? '', system[system.length - 1] ?? '']);
    built = cache.get(key) ?? build(extra, system);
    cache.set(key, built);
    return built;
  };
  return {
    notes,
    secureContext: () => get().secureContext,
    onlyInSystemStore: (fingerprint256) => get().onlyInSystemStore(fingerprint256),
  };
}

function build(extra: readonly string[], system: readonly string[]): Built {
  const added = dedupe([...extra, ...system]);
  const defaults = tls.createSecureContext();
  const native = (defaults as unknown as { context?: { addCACert?: (pem: string) => void } }).context;
  let context = defaults;
  if (typeof native?.addCACert === 'function') for (const pem of added) native.addCACert(pem);
  else context = tls.createSecureContext({ ca: dedupe([...tls.rootCertificates, ...added]) });

  let systemOnly: Set<string> | null = null;
  return {
    secureContext: context,
    onlyInSystemStore(fingerprint256) {
      if (system.length === 0) return false;
      // Hashing a few hundred DER blobs takes about 3 ms; done once, and only when asked.
      if (!systemOnly) {
        const elsewhere = new Set([...tls.rootCertificates, ...extra].map(fingerprintOf));
        systemOnly = new Set(system.map(fingerprintOf).filter((fp) => !elsewhere.has(fp)));
      }
      return systemOnly.has(fingerprint256.toUpperCase());
    },
  };
}

/** SHA-256 over the certificate's DER, formatted as Node's fingerprint256 ("AB:CD:…"). */
export function fingerprintOf(pem: string): string {
  const der = Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64');
  return (createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':');
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list.map((pem) => pem.trim()))];
}
