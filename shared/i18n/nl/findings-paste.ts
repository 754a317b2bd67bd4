import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** Dutch: what “Foutmelding controleren” recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Wat deze app in de tekst herkende',
  'paste.recognised.code': 'Code: {text}',
  'paste.recognised.phrase': 'Woorden: “{text}”',
  'paste.recognised.context': 'Context: {text}',
  'paste.recognised.none': 'Niets in de tekst kwam overeen met een bekende fout, dus de uitleg hieronder is algemeen.',
  'paste.others.heading': 'Andere mogelijke oorzaken',
  'paste.others.lead': 'Minder waarschijnlijk, maar het bekijken waard als het eerste antwoord niet past.',
  'paste.sender.detected.this-app': 'De tekst lijkt afkomstig van deze app.',
  'paste.sender.detected.website': 'De tekst lijkt afkomstig van een website of script.',
  'paste.sender.detected.website.named': 'De tekst lijkt afkomstig van een website of script ({product}).',
  'paste.sender.detected.device': 'De tekst lijkt afkomstig van een printer of scanner.',
  'paste.sender.detected.device.named': 'De tekst lijkt afkomstig van een printer of scanner ({product}).',
  'paste.sender.detected.mail-app': 'De tekst lijkt afkomstig van een mail-app.',
  'paste.sender.detected.mail-app.named': 'De tekst lijkt afkomstig van een mail-app ({product}).',
  'paste.sender.detected.unknown': 'Uit de tekst blijkt niet welke app of welk apparaat hem heeft verzonden.',
};
