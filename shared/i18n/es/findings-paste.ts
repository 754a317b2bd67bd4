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
  // Who sent the pasted text, in the app's neutral voice (the IT message speaks as the person: «nuestra impresora»).
  'paste.sender.detected.this-app': 'Parece que el texto procede de esta aplicación.',
  'paste.sender.detected.website': 'Parece que el texto procede de un sitio web o un script.',
  'paste.sender.detected.website.named': 'Parece que el texto procede de un sitio web o un script ({product}).',
  'paste.sender.detected.device': 'Parece que el texto procede de una impresora o un escáner.',
  'paste.sender.detected.device.named': 'Parece que el texto procede de una impresora o un escáner ({product}).',
  'paste.sender.detected.mail-app': 'Parece que el texto procede de una aplicación de correo.',
  'paste.sender.detected.mail-app.named': 'Parece que el texto procede de una aplicación de correo ({product}).',
  'paste.sender.detected.unknown': 'El texto no indica qué aplicación o dispositivo lo envió.',
};
