import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const NETWORK_ENTRIES: CatalogueSlice<'network'> = {
  'network.offline': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN },
  'network.dns-failure': { severity: 'error', who: 'network', steps: 3, source: SOURCES.MFD },
  'network.port-blocked': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN },
  // Home and mobile providers block outbound 25 (m365-smtp.md §5, "TCP timeout on 587 / 25").
  'network.port-25-blocked': { severity: 'error', who: 'network', steps: 2, source: SOURCES.PRN },
  'network.connection-refused': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD },
  'network.connection-reset': { severity: 'error', who: 'network', steps: 3, source: SOURCES.PRN },
  'network.greeting-timeout': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD },
};
