import { factValue, factWords } from '../fact-values';
import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const TLS_ENTRIES: CatalogueSlice<'tls'> = {
  'tls.mode-mismatch': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD, facts: ['port.m365-submission', 'port.465-unsupported'] },
  // A warning, not an error: discover probes 465 on Microsoft hosts only to explain it.
  'tls.port-465-unsupported': { severity: 'warning', who: 'you', steps: 2, source: SOURCES.MFD, facts: ['port.465-unsupported', 'port.m365-submission'] },
  'tls.starttls-unavailable': { severity: 'error', who: 'network', steps: 3, source: SOURCES.MFD, facts: ['host.m365-smtp'] },
  'tls.version-too-old': {
    severity: 'error',
    who: 'you',
    steps: 2,
    source: SOURCES.LEGACYTLS,
    facts: ['tls.minimum-version', 'host.legacy-tls', 'legacy-tls.no-smtp-end-date', 'admin.legacy-tls', 'cmdlet.allow-legacy-tls'],
    admin: { portal: factWords('admin.legacy-tls'), powershell: [factValue('cmdlet.allow-legacy-tls')] },
  },
  // The secure connection failed and the text does not say why (old TLS, inspection, a missing root).
  'tls.handshake-failed': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD, facts: ['tls.minimum-version', 'tls.digicert-g2'] },
  // The 2026 DigiCert G1 → G2 move is why a Microsoft chain can look untrusted.
  'tls.certificate-untrusted': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.G2, facts: ['tls.digicert-g2'] },
  'tls.intercepted': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.INTERCEPT, facts: ['host.m365-smtp'] },
  'tls.hostname-mismatch': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD, facts: ['host.m365-smtp'] },
  'tls.certificate-expired': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NODE_TLS_ERRORS, facts: ['host.m365-smtp'] },
  // Not yet valid while this computer's clock agrees with the server's: the server's certificate problem.
  'tls.certificate-not-yet-valid': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NODE_TLS_ERRORS, facts: ['host.m365-smtp'] },
  'tls.clock-skew': { severity: 'error', who: 'you', steps: 2, source: SOURCES.NODE_TLS_ERRORS, facts: ['host.m365-smtp'] },
  'tls.revocation-unreachable': { severity: 'error', who: 'network', steps: 2, source: SOURCES.CRL_BLOCKED, facts: ['host.m365-smtp'] },
};
