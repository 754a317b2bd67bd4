import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** French: what was recognised in a pasted error message. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Ce que l’application a reconnu dans le texte',
  'paste.recognised.code': 'Code {text}',
  'paste.recognised.phrase': 'Mots « {text} »',
  'paste.recognised.context': 'Contexte {text}',
  'paste.recognised.none': 'Rien dans le texte ne correspond à une erreur connue : l’explication ci-dessous reste donc générale.',
  'paste.others.heading': 'Autres causes possibles',
  'paste.others.lead': 'Moins probables, mais à regarder si la première réponse ne correspond pas.',
  'paste.sender.detected': 'Le texte semble provenir de {sender}.',
};
