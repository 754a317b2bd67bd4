import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** German: what "Check an error message" recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Was diese App im Text erkannt hat',
  'paste.recognised.code': 'Fehlercode {text}',
  'paste.recognised.phrase': 'Wortlaut „{text}“',
  'paste.recognised.context': 'Kontext {text}',
  'paste.recognised.none': 'Nichts im Text passte zu einem bekannten Fehler, deshalb ist die Erklärung unten allgemein.',
  'paste.others.heading': 'Andere mögliche Ursachen',
  'paste.others.lead': 'Weniger wahrscheinlich, aber einen Blick wert, falls die erste Antwort nicht passt.',
  'paste.sender.detected': 'Diesen Text hat offenbar {sender} ausgegeben.',
};
