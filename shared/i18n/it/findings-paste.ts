import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** Italian: “Verifica un messaggio di errore”, what was recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Cosa ha riconosciuto questa app nel testo',
  'paste.recognised.code': 'Codice {text}',
  'paste.recognised.phrase': 'Parole “{text}”',
  'paste.recognised.context': 'Contesto {text}',
  'paste.recognised.none': 'Nel testo non c’è niente che corrisponda a un errore noto, quindi la spiegazione qui sotto è generica.',
  'paste.others.heading': 'Altre cause possibili',
  'paste.others.lead': 'Meno probabili, ma da controllare se la prima risposta non corrisponde.',
  'paste.sender.detected.this-app': 'Sembra che il testo venga da questa app.',
  'paste.sender.detected.website': 'Sembra che il testo venga da un sito web o da uno script.',
  'paste.sender.detected.website.named': 'Sembra che il testo venga da un sito web o da uno script ({product}).',
  'paste.sender.detected.device': 'Sembra che il testo venga da una stampante o da uno scanner.',
  'paste.sender.detected.device.named': 'Sembra che il testo venga da una stampante o da uno scanner ({product}).',
  'paste.sender.detected.mail-app': 'Sembra che il testo venga da un’app di posta.',
  'paste.sender.detected.mail-app.named': 'Sembra che il testo venga da un’app di posta ({product}).',
  'paste.sender.detected.unknown': 'Il testo non dice quale app o dispositivo lo ha inviato.',
};
