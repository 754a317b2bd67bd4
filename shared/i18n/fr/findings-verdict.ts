import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** French: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'L’envoi fonctionne',
  'verdict.reachable-not-checked': 'Le serveur est joignable et sécurisé, mais votre compte n’a pas été vérifié',
  'verdict.warning': 'L’envoi fonctionne, avec un avertissement',
  'verdict.failed': 'L’envoi ne fonctionne pas encore',
  'verdict.cancelled': 'Le test a été arrêté',
};
