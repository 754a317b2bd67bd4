import { factValue, factWords } from '../fact-values';
import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const TENANT_ENTRIES: CatalogueSlice<'tenant'> = {
  'tenant.blocked': {
    severity: 'error',
    who: 'microsoft',
    steps: 1,
    source: SOURCES.NDR,
    facts: ['admin.domains'],
    admin: { portal: factWords('admin.domains') },
  },
};

export const RELAY_ENTRIES: CatalogueSlice<'relay'> = {
  'relay.tenant-attribution': {
    severity: 'error',
    who: 'it-admin',
    steps: 1,
    source: SOURCES.PRN,
    facts: ['admin.connectors', 'cmdlet.get-inbound-connector'],
    admin: { portal: factWords('admin.connectors'), powershell: [factValue('cmdlet.get-inbound-connector')] },
  },
  'relay.direct-send-rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.DIRECTSEND,
    facts: ['directsend.reject-setting', 'host.m365-smtp'],
    admin: { powershell: [factValue('directsend.reject-setting')] },
  },
  // Direct Send "cannot be used to deliver email to external recipients"; 550 5.4.1 Relay Access Denied says so.
  'relay.external-recipients-not-allowed': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.MFD,
    facts: ['directsend.internal-only', 'ndr.5.4.1-relay-access-denied', 'admin.connectors'],
    admin: { portal: factWords('admin.connectors') },
  },
};
