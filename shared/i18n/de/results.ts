import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** German: findings cards, the paste-an-error screen and transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Kopiert.',
  'results.copyFailed': 'Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.',
  'results.whatYouCanDo': 'Was Sie tun können',
  'results.messageForIt': 'Nachricht für Ihren IT-Admin',
  'results.copyMessageForIt': 'Nachricht für die IT kopieren',
  'results.it.showEnglish': 'Auf Englisch anzeigen',
  'results.it.showOwn': 'Auf {language} anzeigen',
  'results.it.inEnglish': 'Diese Nachricht ist für Ihr IT-Team auf Englisch.',
  'results.whoFixes': 'Wer das beheben kann: {who}',
  'results.source': 'Woher diese Angaben stammen',
  'results.asOf': 'Stand der Prüfung: {date}',
  'results.transcriptEmpty': 'Mit dem Server wurde nichts ausgetauscht.',

  'paste.title': 'Fehlermeldung prüfen',
  'paste.lead': 'Fügen Sie die Fehlermeldung ein, die Ihre E-Mail-App, Ihr Drucker oder Ihr Skript angezeigt hat. Das klappt auch ohne Netzwerk.',
  'paste.label': 'Fehlermeldung',
  'paste.hint': 'Zum Beispiel: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Erklären',
  'paste.empty': 'Fügen Sie zuerst eine Fehlermeldung ein.',
  'paste.resultsHeading': 'Was das bedeutet',
  'paste.back': 'Zurück',
  'paste.open': 'Stattdessen eine Fehlermeldung prüfen',
};
