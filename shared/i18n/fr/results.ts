import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** French: findings cards, the paste-an-error screen, transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Copié.',
  'results.copyFailed': 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
  'results.whatYouCanDo': 'Ce que vous pouvez faire',
  'results.messageForIt': 'Message pour votre administrateur informatique',
  'results.copyMessageForIt': 'Copier pour l’informatique',
  'results.it.showEnglish': 'Afficher en anglais',
  'results.it.showOwn': 'Afficher en {language}',
  'results.it.inEnglish': 'Ce message est en anglais, pour votre service informatique.',
  'results.whoFixes': 'Qui peut régler le problème : {who}',
  'results.source': 'D’où vient cette information',
  'results.asOf': 'Vérifié le {date}',
  'results.transcriptEmpty': 'Aucun échange avec le serveur.',

  'paste.title': 'Analyser un message d’erreur',
  'paste.lead': 'Collez l’erreur affichée par votre application de messagerie, votre imprimante ou votre script. Cela fonctionne sans réseau.',
  'paste.label': 'Message d’erreur',
  'paste.hint': 'Par exemple : 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Expliquer',
  'paste.empty': 'Collez d’abord un message d’erreur.',
  'paste.resultsHeading': 'Ce que cela signifie',
  'paste.back': 'Retour',
  'paste.open': 'Analyser plutôt un message d’erreur',
};
