import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const TENANT_ENTRIES: CatalogueSlice<'tenant'> = {
  'tenant.blocked': {
    severity: 'error',
    who: 'microsoft',
    steps: 1,
    source: SOURCES.NDR,
    admin: { portal: 'Microsoft 365 admin center › Settings › Domains' },
  },
};

export const RELAY_ENTRIES: CatalogueSlice<'relay'> = {
  'relay.tenant-attribution': {
    severity: 'error',
    who: 'it-admin',
    steps: 1,
    source: SOURCES.PRN,
    admin: {
      portal: 'Exchange admin center › Mail flow › Connectors',
      powershell: ['Get-InboundConnector | Format-List Name,SenderIPAddresses,TlsSenderCertificateName'],
    },
  },
  'relay.direct-send-rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.DIRECTSEND,
    admin: { powershell: ['Get-OrganizationConfig | Format-List RejectDirectSend'] },
  },
  // Direct Send "cannot be used to deliver email to external recipients" ([MFD] option 2).
  'relay.external-recipients-not-allowed': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.MFD },
};
