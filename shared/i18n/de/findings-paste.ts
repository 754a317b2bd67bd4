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
  'paste.sender.detected.this-app': 'Der Text stammt offenbar von dieser App.',
  'paste.sender.detected.website': 'Der Text stammt offenbar von einer Website oder einem Skript.',
  'paste.sender.detected.website.named': 'Der Text stammt offenbar von einer Website oder einem Skript ({product}).',
  'paste.sender.detected.device': 'Der Text stammt offenbar von einem Drucker oder Scanner.',
  'paste.sender.detected.device.named': 'Der Text stammt offenbar von einem Drucker oder Scanner ({product}).',
  'paste.sender.detected.mail-app': 'Der Text stammt offenbar von einer E-Mail-App.',
  'paste.sender.detected.mail-app.named': 'Der Text stammt offenbar von einer E-Mail-App ({product}).',
  'paste.sender.detected.unknown': 'Aus dem Text geht nicht hervor, welche App oder welches Gerät ihn gesendet hat.',
};
