import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** Polish: what “Check an error message” recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Co ta aplikacja rozpoznała w tekście',
  'paste.recognised.code': 'Kod {text}',
  'paste.recognised.phrase': 'Słowa „{text}”',
  'paste.recognised.context': 'Kontekst {text}',
  'paste.recognised.none': 'Nic w tekście nie pasuje do znanego błędu, więc poniższe wyjaśnienie jest ogólne.',
  'paste.others.heading': 'Inne możliwe przyczyny',
  'paste.others.lead': 'Mniej prawdopodobne, ale warto je sprawdzić, jeśli pierwsza odpowiedź nie pasuje.',
  // {sender} is a nominative phrase (finding.sender.*), so it can follow the verb.
  'paste.sender.detected': 'Ten tekst wygląda na komunikat, który wyświetla {sender}.',
};
