import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** Spanish: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'El envío funciona',
  'verdict.reachable-not-checked': 'El servidor responde y es seguro; no se ha comprobado tu cuenta',
  'verdict.warning': 'El envío funciona, con una advertencia',
  'verdict.failed': 'El envío todavía no funciona',
  'verdict.cancelled': 'Se detuvo la prueba',
};
