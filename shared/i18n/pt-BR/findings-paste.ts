import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** Brazilian Portuguese: what “Verificar uma mensagem de erro” recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'O que este app reconheceu no texto',
  'paste.recognised.code': 'Código {text}',
  'paste.recognised.phrase': 'Palavras “{text}”',
  'paste.recognised.context': 'Contexto {text}',
  'paste.recognised.none': 'Nada no texto corresponde a um erro conhecido, então a explicação abaixo é geral.',
  'paste.others.heading': 'Outras causas possíveis',
  'paste.others.lead': 'Menos prováveis, mas vale conferir se a primeira resposta não se encaixar.',
  'paste.sender.detected.this-app': 'O texto parece ter vindo deste app.',
  'paste.sender.detected.website': 'O texto parece ter vindo de um site ou script.',
  'paste.sender.detected.website.named': 'O texto parece ter vindo de um site ou script ({product}).',
  'paste.sender.detected.device': 'O texto parece ter vindo de uma impressora ou scanner.',
  'paste.sender.detected.device.named': 'O texto parece ter vindo de uma impressora ou scanner ({product}).',
  'paste.sender.detected.mail-app': 'O texto parece ter vindo de um app de email.',
  'paste.sender.detected.mail-app.named': 'O texto parece ter vindo de um app de email ({product}).',
  'paste.sender.detected.unknown': 'O texto não diz qual app ou dispositivo o enviou.',
};
