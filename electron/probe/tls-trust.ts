import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';

/**
 * The TLS stage's trust store: what the person's mail client would trust. Node's bundled
 * roots, the operating system's store where the runtime exposes it (Electron's Node has
 * tls.getCACertificates('system'); Node 20 does not), NODE_EXTRA_CA_CERTS, and roots the
 * caller adds (tests pass the lab root). Passing an explicit `ca` replaces Node's
 * defaults, NODE_EXTRA_CA_CERTS included, so every source is listed here.
 */
export interface TrustStore {
  secureContext: tls.SecureContext;
  /** Where a trust anchor came from, by SHA-256 fingerprint ("AB:CD:…"). */
  originOf(fingerprint256: string): 'bundled' | 'extra' | 'system' | null;
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

const cache = new Map<string, TrustStore>();

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
  const extra = [...envExtra, ...(sources.extraCa ?? []).flatMap(splitPem)];
  const system = [...(sources.systemCertificates ?? runtimeSystemCertificates)()];
  const bundled = tls.rootCertificates;

  // Building a secure context parses every root; reuse it while the sources are the same.
  const key = JSON.stringify([envPath ?? '', extra, system.length, system[0] ?? '']);
  const cached = cache.get(key);
  if (cached) return { ...cached, notes };

  const secureContext = tls.createSecureContext({ ca: dedupe([...bundled, ...extra, ...system]) });
  let origins: Map<string, 'bundled' | 'extra' | 'system'> | null = null;
  const store: TrustStore = {
    secureContext,
    notes,
    originOf(fingerprint256) {
      // Fingerprinting ~150 roots costs a few ms; do it only when asked.
      origins ??= fingerprintOrigins(bundled, extra, system);
      return origins.get(fingerprint256.toUpperCase()) ?? null;
    },
  };
  cache.set(key, store);
  return store;
}

function fingerprintOrigins(bundled: readonly string[], extra: readonly string[], system: readonly string[]) {
  const origins = new Map<string, 'bundled' | 'extra' | 'system'>();
  // Later sources do not override earlier ones: "system" means only the OS store has it.
  for (const [origin, list] of [['bundled', bundled], ['extra', extra], ['system', system]] as const) {
    for (const pem of list) {
      try {
        const fp = new X509Certificate(pem).fingerprint256.toUpperCase();
        if (!origins.has(fp)) origins.set(fp, origin);
      } catch {
        // An unparsable entry cannot anchor a chain either.
      }
    }
  }
  return origins;
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list.map((pem) => pem.trim()))];
}
