import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** Polish: findings cards and the paste-an-error screen. */
export const results: Translation<typeof source> = {
  'results.copied': 'Skopiowano.',
  'results.copyFailed': 'Nie można skopiować. Zaznacz tekst i skopiuj go ręcznie.',
  'results.whatYouCanDo': 'Co możesz zrobić',
  'results.messageForIt': 'Wiadomość do administratora IT',
  'results.copyMessageForIt': 'Kopiuj wiadomość do IT',
  'results.it.showEnglish': 'Pokaż po angielsku',
  'results.it.showOwn': 'Pokaż w języku: {language}',
  'results.it.inEnglish': 'Ta wiadomość jest po angielsku – dla Twojego działu IT.',
  'results.whoFixes': 'Kto może to naprawić: {who}',
  'results.source': 'Źródło informacji',
  'results.asOf': 'Stan na dzień {date}',
  'results.transcriptEmpty': 'Nie wymieniono z serwerem żadnych danych.',

  'paste.title': 'Sprawdź komunikat o błędzie',
  'paste.lead': 'Wklej błąd, który pokazała aplikacja pocztowa, drukarka lub skrypt. To działa bez połączenia z siecią.',
  'paste.label': 'Komunikat o błędzie',
  'paste.hint': 'Na przykład: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Wyjaśnij',
  'paste.empty': 'Najpierw wklej komunikat o błędzie.',
  'paste.resultsHeading': 'Co to oznacza',
  'paste.back': 'Wstecz',
  'paste.open': 'Zamiast tego sprawdź komunikat o błędzie',
};
