import type { findingsPaste as source } from '../en/findings-paste';
import type { Translation } from '../translation';

/** Spanish: what «Revisar un mensaje de error» recognised in the pasted text. */
export const findingsPaste: Translation<typeof source> = {
  'paste.recognised.heading': 'Lo que esta aplicación ha reconocido en el texto',
  'paste.recognised.code': 'Código {text}',
  'paste.recognised.phrase': 'Palabras «{text}»',
  'paste.recognised.context': 'Contexto {text}',
  'paste.recognised.none': 'Nada del texto coincide con un error conocido, así que la explicación de abajo es general.',
  'paste.others.heading': 'Otras causas posibles',
  'paste.others.lead': 'Menos probables, pero vale la pena mirarlas si la primera respuesta no encaja.',
  'paste.sender.detected': 'Parece que el texto viene de {sender}.',
};
