import tls, { type DetailedPeerCertificate, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CertificateInfo, TlsReport } from '../../shared/types';
import { diagnoseTls, type TlsDiagnosis } from './tls-diagnosis';
import type { TrustStore } from './trust';

export interface TlsContext {
  checkedName: string;
  microsoftHost: boolean;
  now: Date;
  serverTime?: Date | null;
  trust: TrustStore;
}

export interface TlsOutcome {
  report: TlsReport;
  diagnosis: TlsDiagnosis;
  leafFingerprint256: string | null;
}

/** Reads protocol, cipher and chain from the SMTP session's own socket (no extra connection). */
export function tlsOutcome(socket: TLSSocket, ctx: TlsContext): TlsOutcome {
  const peer = socket.getPeerCertificate(true) as DetailedPeerCertificate | null;
  const hasPeer = peer !== null && typeof peer === 'object' && Object.keys(peer).length > 0;
  const chain = hasPeer ? certificateChain(peer) : [];
  const identityError = hasPeer ? tls.checkServerIdentity(ctx.checkedName, peer) : undefined;
  const authorizationError = socket.authorizationError ? String(socket.authorizationError) : null;
  const verified = socket.authorized && hasPeer && identityError === undefined;
  const verifyError = verified
    ? null
    : (authorizationError ?? (identityError as NodeJS.ErrnoException | undefined)?.code ?? 'NO_PEER_CERTIFICATE');
  // Node checks the name only after the chain verified, and reports the name error then.
  const chainTrusted = hasPeer && (socket.authorized || authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID');
  const diagnosis = diagnoseTls({
    checkedName: ctx.checkedName,
    microsoftHost: ctx.microsoftHost,
    chain,
    verified,
    chainTrusted,
    verifyError,
    hostnameMatches: identityError === undefined,
    now: ctx.now,
    serverTime: ctx.serverTime ?? null,
  });
  const anchor = chain[chain.length - 1];
  const report: TlsReport = {
    protocol: socket.getProtocol() ?? null,
    cipher: cipherName(socket),
    chain,
    verified,
    verifyError,
    diagnosis: diagnosis.diagnosis,
    trustedViaSystemStore: verified && anchor !== undefined && ctx.trust.originOf(anchor.fingerprint256) === 'system',
  };
  if (diagnosis.interceptor) report.interceptor = diagnosis.interceptor;
  return { report, diagnosis, leafFingerprint256: chain[0]?.fingerprint256 ?? null };
}

function cipherName(socket: TLSSocket): string | null {
  const cipher = socket.getCipher() as { name?: string; standardName?: string } | null;
  return cipher?.standardName ?? cipher?.name ?? null;
}

/** Leaf first; stops where a certificate is its own issuer or the chain repeats. */
export function certificateChain(leaf: DetailedPeerCertificate): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = leaf;
  while (current && Object.keys(current).length > 0 && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    chain.push(certificateInfo(current));
    const next: DetailedPeerCertificate | undefined = current.issuerCertificate;
    if (!next || next.fingerprint256 === current.fingerprint256) break;
    current = next;
  }
  return chain;
}

export function certificateInfo(cert: PeerCertificate): CertificateInfo {
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  return {
    subjectCN: firstValue(cert.subject?.CN),
    subject,
    issuerCN: firstValue(cert.issuer?.CN),
    issuer,
    sans: (cert.subjectaltname ?? '')
      .split(/,\s*/)
      .map((entry) => entry.replace(/^(DNS|IP Address):/, '').trim())
      .filter((entry) => entry.length > 0),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    fingerprint256: cert.fingerprint256,
    selfSigned: subject === issuer,
  };
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${String(v)}`))
    .join(', ');
}

function firstValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function isoDate(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}
