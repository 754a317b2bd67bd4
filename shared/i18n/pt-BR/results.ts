import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** Brazilian Portuguese: findings cards, the paste-an-error screen, transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Copiado.',
  'results.copyFailed': 'Não foi possível copiar. Selecione o texto e copie manualmente.',
  'results.whatYouCanDo': 'O que você pode fazer',
  'results.messageForIt': 'Mensagem para a sua equipe de TI',
  'results.copyMessageForIt': 'Copiar mensagem para a TI',
  'results.it.showEnglish': 'Mostrar em inglês',
  'results.it.showOwn': 'Mostrar em {language}',
  'results.it.inEnglish': 'Esta mensagem está em inglês para a sua equipe de TI.',
  'results.whoFixes': 'Quem pode resolver: {who}',
  'results.source': 'De onde vem esta informação',
  'results.asOf': 'Verificado em {date}',
  'results.transcriptEmpty': 'Nada foi trocado com o servidor.',

  'paste.title': 'Verificar uma mensagem de erro',
  'paste.lead': 'Cole o erro que o seu app de email, impressora ou script mostrou. Isso funciona sem rede.',
  'paste.label': 'Mensagem de erro',
  'paste.hint': 'Por exemplo: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Explicar',
  'paste.empty': 'Primeiro, cole uma mensagem de erro.',
  'paste.resultsHeading': 'O que significa',
  'paste.back': 'Voltar',
  'paste.open': 'Ou verificar uma mensagem de erro',
};
