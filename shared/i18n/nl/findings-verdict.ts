import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** Dutch: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'Verzenden werkt',
  'verdict.reachable-not-checked': 'De server is bereikbaar en beveiligd — uw account is niet gecontroleerd',
  'verdict.warning': 'Verzenden werkt, met een waarschuwing',
  'verdict.failed': 'Verzenden werkt nog niet',
  'verdict.cancelled': 'De test is gestopt',
};
