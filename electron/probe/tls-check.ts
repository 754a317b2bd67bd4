/**
 * The TLS stage on the session's own socket (no extra connection): protocol, cipher and
 * chain, verified against what the person's mail client would trust, diagnosed, and
 * judged. Nothing is sent inside a session this refuses, not even EHLO.
 */
import tls, { type DetailedPeerCertificate, type PeerCertificate, type TLSSocket } from 'node:tls';
import { stageDetail } from '../../shared/stage-details';
import { escapeControlCharacters } from '../../shared/text-safety';
import type { CertificateInfo, Evidence, StageStatus, TlsReport } from '../../shared/types';
import type { Run } from './recorder';
import { diagnoseTls } from './tls-diagnosis';

/**
 * Ends the open TLS stage (starttls or tls) with its verdict. Returns the report and
 * whether the conversation may go on: a verified chain, or an unverified one whose leaf
 * the person explicitly trusted by fingerprint (internal relays), which only warns.
 */
export function judgeTls(run: Run, socket: TLSSocket, serverTime: Date | null): { report: TlsReport; go: boolean } {
  const { transcript } = run;
  const { report, evidence, leafFingerprint256 } = readTls(run, socket, serverTime);
  transcript.info(`TLS started with cipher ${report.protocol ?? '?'}:${report.cipher ?? '?'}`);
  for (const [depth, cert] of report.chain.entries()) {
    transcript.info(`depth=${depth} subject=[${cert.subject}] issuer=[${cert.issuer}] notAfter=[${cert.validTo}]`);
  }
  const wanted = run.request.trustFingerprint256;
  const pinned = !!wanted && !!leafFingerprint256 && sameFingerprint(wanted, leafFingerprint256);
  const protocol = report.protocol ?? '';
  const cipher = report.cipher ?? '';
  const error = report.verifyError ?? 'unknown';
  const verifyText = report.verified
    ? `certificate verified for ${run.checkedName}${report.trustedViaSystemStore ? ' (via the system store)' : ''}`
    : `certificate NOT verified (${error}), diagnosis ${report.diagnosis}`;
  transcript.info(verifyText);

  let status: StageStatus = 'fail';
  if (report.verified) status = report.diagnosis === 'trusted' ? 'pass' : 'warn';
  else if (pinned) {
    status = 'warn';
    transcript.info('certificate trusted by its fingerprint, as requested');
  }
  if (!report.verified) evidence.unshift({ kind: 'tls-error', code: report.verifyError ?? 'UNKNOWN', message: verifyText });

  const name = run.checkedName;
  const detail = report.verified
    ? stageDetail(report.trustedViaSystemStore ? 'tls.verified-system-store' : 'tls.verified', { protocol, cipher, name })
    : stageDetail(pinned ? 'tls.trusted-by-fingerprint' : 'tls.not-verified', { protocol, cipher, error, diagnosis: report.diagnosis });
  run.rec.end(status, detail, evidence);
  if (status === 'fail') transcript.error('stopping: the server certificate could not be trusted');
  return { report, go: status !== 'fail' };
}

function readTls(run: Run, socket: TLSSocket, serverTime: Date | null): { report: TlsReport; evidence: Evidence[]; leafFingerprint256: string | null } {
  const peer = socket.getPeerCertificate(true) as DetailedPeerCertificate | null;
  const hasPeer = peer !== null && typeof peer === 'object' && Object.keys(peer).length > 0;
  const chain = hasPeer ? certificateChain(peer) : [];
  const identityError = hasPeer ? tls.checkServerIdentity(run.checkedName, peer) : undefined;
  const authorizationError = socket.authorizationError ? String(socket.authorizationError) : null;
  const verified = socket.authorized && hasPeer && identityError === undefined;
  const verifyError = verified
    ? null
    : (authorizationError ?? (identityError as NodeJS.ErrnoException | undefined)?.code ?? 'NO_PEER_CERTIFICATE');
  // Node checks the name only after the chain verified, and reports the name error then.
  const chainTrusted = hasPeer && (socket.authorized || authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID');
  const diagnosis = diagnoseTls({
    checkedName: run.checkedName,
    microsoftHost: run.microsoftHost,
    chain,
    verified,
    chainTrusted,
    verifyError,
    hostnameMatches: identityError === undefined,
    now: run.now(),
    serverTime,
  });
  const anchor = chain[chain.length - 1];
  const report: TlsReport = {
    protocol: socket.getProtocol() ?? null,
    cipher: cipherName(socket),
    chain,
    verified,
    verifyError,
    diagnosis: diagnosis.diagnosis,
    trustedViaSystemStore: verified && anchor !== undefined && run.trust.onlyInSystemStore(anchor.fingerprint256),
  };
  if (diagnosis.interceptor) report.interceptor = diagnosis.interceptor;
  return { report, evidence: [...diagnosis.evidence], leafFingerprint256: chain[0]?.fingerprint256 ?? null };
}

function sameFingerprint(a: string, b: string): boolean {
  const normal = (value: string) => value.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return normal(a) === normal(b);
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

/** The server's certificate as data; its names are the server's words, so they are escaped. */
export function certificateInfo(cert: PeerCertificate): CertificateInfo {
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  return {
    subjectCN: oneLine(firstValue(cert.subject?.CN)),
    subject,
    issuerCN: oneLine(firstValue(cert.issuer?.CN)),
    issuer,
    sans: (cert.subjectaltname ?? '')
      .split(/,\s*/)
      .map((entry) => oneLine(entry.replace(/^(DNS|IP Address):/, '').trim()))
      .filter((entry) => entry.length > 0),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    fingerprint256: cert.fingerprint256,
    selfSigned: subject === issuer,
  };
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '';
  const parts = Object.entries(name).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${String(v)}`));
  return oneLine(parts.join(', '));
}

function oneLine(text: string): string {
  return escapeControlCharacters(text, { multiline: false });
}

function firstValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function isoDate(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}
