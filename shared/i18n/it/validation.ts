import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * Italian: input rules (shared/validation.ts). They follow the field name
 * (“host: non è un nome di server valido”), so each starts in lower case and avoids
 * adjectives that would have to agree with the field’s gender.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'campo obbligatorio',
  'validation.oauth-account-key': 'non è un account con cui hai eseguito l’accesso',
  'validation.env-name': 'deve essere il nome di una variabile d’ambiente, per esempio {example}',
  'validation.default-preset-listed': 'deve comparire anche in “presets”',
  'validation.line-breaks': 'non deve contenere a capo o caratteri di controllo',
  'validation.host': 'non è un nome di server valido',
  'validation.address': 'non è un indirizzo email valido',
  'validation.too-long': 'supera la lunghezza massima ({max, plural, one {# carattere} other {# caratteri}})',
  'validation.user-characters': 'non deve contenere spazi o caratteri invisibili',
  'validation.sender-address':
    'serve come mittente del messaggio di prova, quindi deve essere un indirizzo email completo, come nome@example.com',
  'validation.password-characters': 'non deve contenere a capo o altri caratteri di controllo',
  'validation.token-characters': 'non è un token di accesso (solo lettere, cifre e - . _ ~ + /)',
  'validation.fingerprint': 'non è un’impronta digitale SHA-256',
  'validation.name-characters': 'non deve contenere a capo, caratteri di controllo o segni di direzione del testo',
  'validation.too-many-profiles': 'puoi conservare al massimo {max, plural, one {# profilo} other {# profili}}; eliminane qualcuno prima di aggiungerne altri',
};
