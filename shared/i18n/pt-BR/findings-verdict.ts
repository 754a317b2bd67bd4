import type { findingsVerdict as source } from '../en/findings-verdict';
import type { Translation } from '../translation';

/** Brazilian Portuguese: result headings that say exactly what a run proved. */
export const findingsVerdict: Translation<typeof source> = {
  'verdict.works': 'O envio funciona',
  'verdict.reachable-not-checked': 'O servidor está acessível e seguro — sua conta não foi verificada',
  'verdict.warning': 'O envio funciona, com um aviso',
  'verdict.failed': 'O envio ainda não funciona',
  'verdict.cancelled': 'O teste foi interrompido',
};
