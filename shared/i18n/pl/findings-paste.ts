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
  'paste.sender.detected.this-app': 'Wygląda na to, że ten tekst pochodzi z tej aplikacji.',
  'paste.sender.detected.website': 'Wygląda na to, że ten tekst pochodzi ze strony internetowej lub skryptu.',
  'paste.sender.detected.website.named': 'Wygląda na to, że ten tekst pochodzi ze strony internetowej lub skryptu ({product}).',
  'paste.sender.detected.device': 'Wygląda na to, że ten tekst pochodzi z drukarki lub skanera.',
  'paste.sender.detected.device.named': 'Wygląda na to, że ten tekst pochodzi z drukarki lub skanera ({product}).',
  'paste.sender.detected.mail-app': 'Wygląda na to, że ten tekst pochodzi z aplikacji pocztowej.',
  'paste.sender.detected.mail-app.named': 'Wygląda na to, że ten tekst pochodzi z aplikacji pocztowej ({product}).',
  'paste.sender.detected.unknown': 'Z tekstu nie wynika, jaka aplikacja lub jakie urządzenie go wysłało.',
};
