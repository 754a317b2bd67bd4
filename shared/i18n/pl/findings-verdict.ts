import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** Polish: result headings that say exactly what a test run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'Wysyłanie działa',
  'verdict.reachable-not-checked': 'Serwer jest osiągalny i bezpieczny — konta nie sprawdzono',
  'verdict.warning': 'Wysyłanie działa, ale jest ostrzeżenie',
  'verdict.failed': 'Wysyłanie jeszcze nie działa',
  'verdict.cancelled': 'Test został przerwany',
};
