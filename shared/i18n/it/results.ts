import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** Italian: findings cards, the paste-an-error screen, transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Copiato.',
  'results.copyFailed': 'Impossibile copiare. Seleziona il testo e copialo a mano.',
  'results.whatYouCanDo': 'Cosa puoi fare',
  'results.messageForIt': 'Messaggio per il tuo amministratore IT',
  'results.copyMessageForIt': 'Copia il messaggio per l’IT',
  'results.it.showEnglish': 'Mostra in inglese',
  'results.it.showOwn': 'Mostra in {language}',
  'results.it.inEnglish': 'Questo messaggio è in inglese, per il tuo reparto IT.',
  'results.whoFixes': 'Chi può risolverlo: {who}',
  'results.source': 'Da dove viene questa informazione',
  'results.asOf': 'Verificato al {date}',
  'results.transcriptEmpty': 'Non c’è stato alcuno scambio con il server.',

  'paste.title': 'Verifica un messaggio di errore',
  'paste.lead': 'Incolla l’errore mostrato dalla tua app di posta, dalla stampante o dallo script. Funziona anche senza rete.',
  'paste.label': 'Messaggio di errore',
  'paste.hint': 'Per esempio: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Spiega l’errore',
  'paste.empty': 'Prima incolla un messaggio di errore.',
  'paste.resultsHeading': 'Cosa significa',
  'paste.back': 'Indietro',
  'paste.open': 'Verifica invece un messaggio di errore',
};
