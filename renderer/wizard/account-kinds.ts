import type { KindBasis } from '../../shared/account-guess';
import type { MessageKey } from '../../shared/i18n';
import type { PresetId } from '../../shared/types';

/** The kinds of account offered on the first screen, in the order people look for them. */
export const PRIMARY_KINDS: readonly PresetId[] = ['microsoft365', 'outlook-com', 'microsoft365-relay', 'custom'];
/** Less common choices, shown under "More choices". */
export const SECONDARY_KINDS: readonly PresetId[] = ['microsoft365-gcc-high', 'microsoft365-dod', 'smart-host'];

/** Why the address step proposes the kind it shows (the person's own choice says nothing). */
export const KIND_BASIS: Readonly<Record<KindBasis | 'org', MessageKey>> = {
  'consumer-domain': 'wizard.address.kind.basis.consumer-domain',
  'initial-domain': 'wizard.address.kind.basis.initial-domain',
  organisation: 'wizard.address.kind.basis.organisation',
  'mail-records': 'wizard.address.kind.basis.mail-records',
  'autodiscover-service': 'wizard.address.kind.basis.autodiscover-service',
  org: 'wizard.address.kind.basis.org',
};
