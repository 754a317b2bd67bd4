import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

const RECOMMENDED = ['host.m365-smtp', 'port.m365-submission'] as const;

export const NETWORK_ENTRIES: CatalogueSlice<'network'> = {
  'network.offline': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN, facts: [...RECOMMENDED] },
  'network.dns-failure': { severity: 'error', who: 'network', steps: 3, source: SOURCES.MFD, facts: [...RECOMMENDED, 'host.obsolete-regional'] },
  'network.port-blocked': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN, facts: [...RECOMMENDED] },
  // Home and mobile providers block outbound 25; submission on 587 is unaffected.
  'network.port-25-blocked': { severity: 'error', who: 'network', steps: 2, source: SOURCES.PRN, facts: [...RECOMMENDED] },
  'network.connection-refused': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD, facts: [...RECOMMENDED] },
  // A mail client that says only "cannot connect" (Outlook 0x800CCC0E, 0x80042109): the cause is not in the text.
  'network.connect-failed': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD, facts: [...RECOMMENDED, 'port.465-unsupported'] },
  'network.connection-reset': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN, facts: [...RECOMMENDED] },
  'network.greeting-timeout': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD, facts: [...RECOMMENDED, 'port.465-unsupported'] },
};
