import type { PresetId } from '../../shared/types';

/** The kinds of account offered on the first screen, in the order people look for them. */
export const PRIMARY_KINDS: readonly PresetId[] = ['microsoft365', 'outlook-com', 'microsoft365-relay', 'custom'];
/** Less common choices, shown under "More choices". */
export const SECONDARY_KINDS: readonly PresetId[] = ['microsoft365-gcc-high', 'microsoft365-dod', 'smart-host'];
