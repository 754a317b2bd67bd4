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
 * Issuers Microsoft's SMTP endpoints are known to chain to (reference/m365-smtp.md §7.2):
 * DigiCert (Cloud Services CA-1 → Global Root G1/G2), Microsoft's own TLS CAs, and the
 * pre-2020 Baltimore CyberTrust root.
 */
export function isMicrosoftPublicIssuer(issuer: string): boolean {
  return /digicert|microsoft|baltimore cybertrust/i.test(issuer);
}
