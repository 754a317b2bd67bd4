import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** Dutch: findings cards, the paste-an-error screen, transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Gekopieerd.',
  'results.copyFailed': 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer die zelf.',
  'results.whatYouCanDo': 'Wat u kunt doen',
  'results.messageForIt': 'Bericht voor uw IT-beheerder',
  'results.copyMessageForIt': 'Bericht voor IT kopiëren',
  'results.it.showEnglish': 'In het Engels weergeven',
  'results.it.showOwn': 'In het {language} weergeven',
  'results.it.inEnglish': 'Dit bericht is in het Engels, voor uw IT-afdeling.',
  'results.whoFixes': 'Wie dit kan oplossen: {who}',
  'results.source': 'Waar dit vandaan komt',
  'results.asOf': 'Gecontroleerd per {date}',
  'results.transcriptEmpty': 'Er is niets met de server uitgewisseld.',

  'paste.title': 'Foutmelding controleren',
  'paste.lead': 'Plak de foutmelding die uw mail-app, printer of script liet zien. Dit werkt ook zonder netwerk.',
  'paste.label': 'Foutmelding',
  'paste.hint': 'Bijvoorbeeld: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Uitleggen',
  'paste.empty': 'Plak eerst een foutmelding.',
  'paste.resultsHeading': 'Wat het betekent',
  'paste.back': 'Terug',
  'paste.open': 'Liever een foutmelding controleren',
};
