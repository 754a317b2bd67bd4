import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** Italian: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'L’invio funziona',
  'verdict.reachable-not-checked': 'Il server è raggiungibile e sicuro, ma il tuo account non è stato controllato',
  'verdict.warning': 'L’invio funziona, con un avviso',
  'verdict.failed': 'L’invio non funziona ancora',
  'verdict.cancelled': 'Il test è stato interrotto',
};
