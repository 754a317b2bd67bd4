import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const PROTOCOL_ENTRIES: CatalogueSlice<'protocol'> = {
  'protocol.ehlo-required': { severity: 'error', who: 'you', steps: 2, source: SOURCES.EHLO_AFTER_TLS, facts: ['port.m365-submission'] },
  'protocol.starttls-required': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD, facts: ['port.m365-submission'] },
  'protocol.command-unrecognized': { severity: 'error', who: 'you', steps: 2, source: SOURCES.UNRECOGNIZED, facts: ['port.m365-submission'] },
};
