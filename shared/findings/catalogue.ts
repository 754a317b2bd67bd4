import type { CatalogueEntry } from './catalogue-entry';
import { AUTH_ENTRIES } from './catalogue/auth';
import { NETWORK_ENTRIES } from './catalogue/network';
import { OAUTH_ENTRIES } from './catalogue/oauth';
import { PROTOCOL_ENTRIES } from './catalogue/protocol';
import { RELAY_ENTRIES, TENANT_ENTRIES } from './catalogue/relay';
import { SEND_ENTRIES } from './catalogue/send';
import { TLS_ENTRIES } from './catalogue/tls';
import type { FindingId } from './ids';
import { SOURCES } from './sources';

export type { AdminSetting, CatalogueEntry, FixedBy, Severity } from './catalogue-entry';

/**
 * Everything about a finding except its words (those are in shared/i18n/en/findings*.ts).
 * Typed as a full Record so a new id without an entry fails the typecheck.
 */
export const CATALOGUE: Readonly<Record<FindingId, CatalogueEntry>> = {
  ...NETWORK_ENTRIES,
  ...TLS_ENTRIES,
  ...PROTOCOL_ENTRIES,
  ...AUTH_ENTRIES,
  ...OAUTH_ENTRIES,
  ...SEND_ENTRIES,
  ...TENANT_ENTRIES,
  ...RELAY_ENTRIES,
  'server.temporary-failure': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.NDR, facts: ['host.m365-smtp'] },
  unknown: { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.PRN, facts: ['host.m365-smtp', 'port.m365-submission'] },
};
