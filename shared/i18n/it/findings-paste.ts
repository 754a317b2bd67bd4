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
  'paste.sender.detected': 'Probabile provenienza del testo: {sender}.',
};
