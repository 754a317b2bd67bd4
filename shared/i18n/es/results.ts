import type { results as source } from '../en/results';
import type { Translation } from '../translation';

/** Spanish: findings cards, the paste-an-error screen, transcripts. */
export const results: Translation<typeof source> = {
  'results.copied': 'Copiado.',
  'results.copyFailed': 'No se pudo copiar. Selecciona el texto y cópialo manualmente.',
  'results.whatYouCanDo': 'Qué puedes hacer',
  'results.messageForIt': 'Mensaje para tu administrador de TI',
  'results.copyMessageForIt': 'Copiar mensaje para TI',
  'results.it.showEnglish': 'Mostrar en inglés',
  'results.it.showOwn': 'Mostrar en {language}',
  'results.it.inEnglish': 'Este mensaje está en inglés para tu departamento de TI.',
  'results.whoFixes': 'Quién puede resolverlo: {who}',
  'results.source': 'De dónde sale esto',
  'results.asOf': 'Comprobado a fecha de {date}',
  'results.transcriptEmpty': 'No hubo ningún intercambio con el servidor.',

  'paste.title': 'Revisar un mensaje de error',
  'paste.lead': 'Pega el error que mostró tu aplicación de correo, tu impresora o tu script. Funciona sin conexión a la red.',
  'paste.label': 'Mensaje de error',
  'paste.hint': 'Por ejemplo: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Explicar',
  'paste.empty': 'Primero pega un mensaje de error.',
  'paste.resultsHeading': 'Qué significa',
  'paste.back': 'Atrás',
  'paste.open': 'Prefiero revisar un mensaje de error',
};
