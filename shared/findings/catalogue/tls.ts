import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const TLS_ENTRIES: CatalogueSlice<'tls'> = {
  'tls.mode-mismatch': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD },
  // A warning, not an error: discover probes 465 on Microsoft hosts only to explain it.
  'tls.port-465-unsupported': { severity: 'warning', who: 'you', steps: 2, source: SOURCES.MFD },
  'tls.starttls-unavailable': { severity: 'error', who: 'network', steps: 3, source: SOURCES.MFD },
  'tls.version-too-old': {
    severity: 'error',
    who: 'you',
    steps: 2,
    source: SOURCES.LEGACYTLS,
    admin: {
      portal: 'Exchange admin center › Settings › Mail flow › Turn on use of legacy TLS clients',
      powershell: ['Set-TransportConfig -AllowLegacyTLSClients $true'],
    },
  },
  // The 2026 DigiCert G1 → G2 move is why a Microsoft chain can look untrusted (§7.3).
  'tls.certificate-untrusted': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.G2, asOf: '2026-09' },
  'tls.intercepted': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.INTERCEPT },
  'tls.hostname-mismatch': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD },
  'tls.certificate-expired': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NODE_TLS_ERRORS },
  'tls.clock-skew': { severity: 'error', who: 'you', steps: 2, source: SOURCES.NODE_TLS_ERRORS },
  'tls.revocation-unreachable': { severity: 'error', who: 'network', steps: 2, source: SOURCES.CRL_BLOCKED },
};
