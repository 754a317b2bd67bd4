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
  'paste.sender.detected.this-app': 'Le texte semble provenir de cette application.',
  'paste.sender.detected.website': 'Le texte semble provenir d’un site web ou d’un script.',
  'paste.sender.detected.website.named': 'Le texte semble provenir d’un site web ou d’un script ({product}).',
  'paste.sender.detected.device': 'Le texte semble provenir d’une imprimante ou d’un scanner.',
  'paste.sender.detected.device.named': 'Le texte semble provenir d’une imprimante ou d’un scanner ({product}).',
  'paste.sender.detected.mail-app': 'Le texte semble provenir d’une application de messagerie.',
  'paste.sender.detected.mail-app.named': 'Le texte semble provenir d’une application de messagerie ({product}).',
  'paste.sender.detected.unknown': 'Le texte n’indique pas quelle application ou quel appareil l’a envoyé.',
};
