import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** German: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'Das Senden funktioniert',
  'verdict.reachable-not-checked': 'Der Server ist erreichbar und sicher – Ihr Konto wurde nicht geprüft',
  'verdict.warning': 'Das Senden funktioniert, mit einer Warnung',
  'verdict.failed': 'Das Senden funktioniert noch nicht',
  'verdict.cancelled': 'Der Test wurde gestoppt',
};
