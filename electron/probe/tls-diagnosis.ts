import type { CertificateInfo, Evidence, FactParams, TlsReport } from '../../shared/types';

/** What was observed about a TLS session; everything the diagnosis needs, nothing it must fetch. */
export interface TlsObservation {
  /** The name the certificate must carry (the SNI name, else the host). */
  checkedName: string;
  /** Microsoft's service, whose public chain we know (DigiCert / Microsoft issuers). */
  microsoftHost: boolean;
  /** Leaf first, then the issuers as far as they are known. */
  chain: CertificateInfo[];
  /** Chain and host name both verified against the trust store. */
  verified: boolean;
  /** The chain alone verified (a host name mismatch may remain). */
  chainTrusted: boolean;
  /** OpenSSL / Node verification code when not verified. */
  verifyError: string | null;
  hostnameMatches: boolean;
  now: Date;
  /** The server's clock (from its greeting), when known. */
  serverTime?: Date | null;
}

export interface TlsDiagnosis {
  diagnosis: TlsReport['diagnosis'];
  interceptor?: string;
  /** Facts for the classifier (certificate-intercepted, clock-skew, …). */
  evidence: Evidence[];
}

/** A clock further off than this is wrong, not drifting. */
const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;

const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  // A chain naming a root we have, but not signed by it: not the real issuer.
  'CERT_SIGNATURE_FAILURE',
]);

/**
 * Explains a certificate problem in the terms of Node's verification codes
 * (https://nodejs.org/api/tls.html#x509-certificate-error-codes). Order matters: a named interceptor explains everything after it (even when IT made this
 * computer trust it); a wrong clock explains validity errors; an unverified Microsoft
 * host with a foreign issuer is interception, not a missing root; only then host name
 * and trust.
 */
export function diagnoseTls(o: TlsObservation): TlsDiagnosis {
  const leaf = o.chain[0];
  if (!leaf) return { diagnosis: o.verified ? 'trusted' : 'unknown', evidence: [] };
  const now = o.now.getTime();

  const interceptor = findInterceptor(o.chain);
  if (interceptor) {
    return {
      diagnosis: 'intercepted',
      interceptor,
      evidence: [fact('certificate-intercepted', `issued by ${interceptor} (${leaf.issuer})`, { interceptor, issuer: leaf.issuer })],
    };
  }

  const skewMs = o.serverTime ? now - o.serverTime.getTime() : null;
  const clockKnownWrong = skewMs !== null && Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS;
  const clockKnownRight = skewMs !== null && !clockKnownWrong;
  const skewDetail = skewMs === null ? '' : `; the server's clock differs by ${Math.round(skewMs / 60000)} min`;
  // What the IT message needs: how far off this computer is, when the server said so.
  const clock: FactParams = skewMs === null ? { serverClockKnown: false } : { serverClockKnown: true, offsetMinutes: Math.round(skewMs / 60000) };

  const notYetValid = o.verifyError === 'CERT_NOT_YET_VALID' || now < Date.parse(leaf.validFrom);
  if (notYetValid) {
    const detail = `valid from ${leaf.validFrom}, local time ${o.now.toISOString()}${skewDetail}`;
    const params = { ...clock, validFrom: leaf.validFrom, localTime: o.now.toISOString() };
    // Certificates are not issued in the future: unless the server's own clock agrees
    // with ours, "not yet valid" means this computer's clock is behind.
    return clockKnownRight
      ? { diagnosis: 'not-yet-valid', evidence: [fact('certificate-not-yet-valid', detail, params)] }
      : { diagnosis: 'clock-skew', evidence: [fact('certificate-not-yet-valid', detail, params), fact('clock-skew', detail, params)] };
  }

  const expired = o.verifyError === 'CERT_HAS_EXPIRED' || now > Date.parse(leaf.validTo);
  if (expired) {
    const detail = `expired ${leaf.validTo}, local time ${o.now.toISOString()}${skewDetail}`;
    const params = { ...clock, validTo: leaf.validTo, localTime: o.now.toISOString() };
    // Intermediates and roots outlive leaves by years; all of them expired at once
    // says the local clock is far ahead.
    const wholeChainExpired = o.chain.length >= 2 && o.chain.every((cert) => now > Date.parse(cert.validTo));
    return clockKnownWrong || (wholeChainExpired && !clockKnownRight)
      ? { diagnosis: 'clock-skew', evidence: [fact('clock-skew', detail, params)] }
      : { diagnosis: 'expired', evidence: [fact('certificate-expired', detail, params)] };
  }

  // Only an unverified chain: one this computer trusts and no known product signs may
  // well be Microsoft's next CA (or a sovereign cloud's), and mail works through it.
  if (o.microsoftHost && !o.chainTrusted && !o.chain.some((cert) => isMicrosoftPublicIssuer(cert.issuer))) {
    return {
      diagnosis: 'intercepted',
      evidence: [fact('certificate-intercepted', `a Microsoft host presented a certificate issued by ${leaf.issuer}`, { issuer: leaf.issuer })],
    };
  }

  if (!o.hostnameMatches) {
    const names = leaf.sans.length > 0 ? leaf.sans.join(', ') : leaf.subjectCN;
    return {
      diagnosis: 'hostname-mismatch',
      evidence: [fact('certificate-hostname-mismatch', `certificate is for ${names}, not ${o.checkedName}`, { names, checkedName: o.checkedName })],
    };
  }

  if (!o.verified) {
    const code = o.verifyError ?? 'unknown';
    if (!UNTRUSTED_CODES.has(code)) return { diagnosis: 'unknown', evidence: [] };
    const selfSigned = code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || (o.chain.length === 1 && leaf.selfSigned);
    const root = o.chain[o.chain.length - 1] ?? leaf;
    return {
      diagnosis: selfSigned ? 'self-signed' : 'untrusted-root',
      evidence: [fact('certificate-untrusted-root', `${code}; chain ends at ${root.subject}`, { code, root: root.subject })],
    };
  }

  return { diagnosis: 'trusted', evidence: [] };
}

function findInterceptor(chain: CertificateInfo[]): string | undefined {
  for (const [index, cert] of chain.entries()) {
    const named = interceptorFromIssuer(cert.issuer) ?? (index > 0 ? interceptorFromIssuer(cert.subject) : undefined);
    if (named) return named;
  }
  return undefined;
}

function fact(name: Extract<Evidence, { kind: 'fact' }>['fact'], detail: string, params: FactParams): Evidence {
  return { kind: 'fact', fact: name, detail, params };
}

/**
 * Products that re-sign TLS (antivirus mail shields, firewalls, cloud proxies), recognised
 * by the issuer they put in the substitute certificate. Order matters: AVG's shield
 * is built on Avast's, so its specific name is tried first.
 */
const INTERCEPTORS: ReadonlyArray<{ pattern: RegExp; product: string }> = [
  { pattern: /\bAVG\b/, product: 'AVG Web/Mail Shield' },
  { pattern: /avast/i, product: 'Avast Web/Mail Shield' },
  { pattern: /kaspersky/i, product: 'Kaspersky' },
  { pattern: /\bESET\b/i, product: 'ESET SSL Filter' },
  { pattern: /bitdefender/i, product: 'Bitdefender' },
  { pattern: /forti(?:gate|net)/i, product: 'Fortinet FortiGate' },
  { pattern: /zscaler/i, product: 'Zscaler' },
  { pattern: /sophos/i, product: 'Sophos' },
  { pattern: /palo\s*alto/i, product: 'Palo Alto Networks' },
  { pattern: /cisco\s*umbrella|opendns/i, product: 'Cisco Umbrella' },
  { pattern: /netskope/i, product: 'Netskope' },
  { pattern: /check\s*point/i, product: 'Check Point' },
  { pattern: /watchguard/i, product: 'WatchGuard' },
  { pattern: /sonicwall/i, product: 'SonicWall' },
  { pattern: /barracuda/i, product: 'Barracuda' },
  { pattern: /blue\s*coat/i, product: 'Blue Coat' },
  { pattern: /forcepoint|websense/i, product: 'Forcepoint' },
  { pattern: /trend\s*micro/i, product: 'Trend Micro' },
  { pattern: /mcafee/i, product: 'McAfee' },
  { pattern: /norton|gen\s*digital/i, product: 'Norton' },
];

/** The product named by an issuer (any of its fields), if it is a known interceptor. */
export function interceptorFromIssuer(issuer: string): string | undefined {
  return INTERCEPTORS.find(({ pattern }) => pattern.test(issuer))?.product;
}

/**
 * Issuers Microsoft's SMTP endpoints are known to chain to: DigiCert (Cloud Services CA-1 →
 * Global Root G1/G2, https://techcommunity.microsoft.com/blog/exchange/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/4488311),
 * Microsoft's own TLS CAs, and the pre-2020 Baltimore CyberTrust root.
 */
export function isMicrosoftPublicIssuer(issuer: string): boolean {
  return /digicert|microsoft|baltimore cybertrust/i.test(issuer);
}
