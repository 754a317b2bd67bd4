import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * German: input rules (shared/validation.ts). They follow the field name
 * („host: ist kein gültiger Servername“), so each starts in lower case.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'ist erforderlich',
  'validation.line-breaks': 'darf keine Zeilenumbrüche oder Steuerzeichen enthalten',
  'validation.host': 'ist kein gültiger Servername',
  'validation.address': 'ist keine gültige E-Mail-Adresse',
  'validation.too-long': 'ist zu lang (höchstens {max, plural, one {# Zeichen} other {# Zeichen}})',
  'validation.user-characters': 'darf keine Leerzeichen oder unsichtbaren Zeichen enthalten',
  'validation.sender-address':
    'wird als Absender der Testnachricht verwendet und muss deshalb eine vollständige E-Mail-Adresse sein, zum Beispiel name@example.com',
  'validation.password-characters': 'darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten',
  'validation.token-characters': 'ist kein Zugriffstoken (nur Buchstaben, Ziffern und - . _ ~ + /)',
  'validation.fingerprint': 'ist kein SHA-256-Fingerabdruck',
  'validation.name-characters': 'darf keine Zeilenumbrüche, Steuerzeichen oder Textrichtungszeichen enthalten',
  'validation.too-many-profiles': 'Sie können höchstens {max, plural, one {# gespeicherte Einstellung} other {# gespeicherte Einstellungen}} behalten; löschen Sie einige, bevor Sie weitere hinzufügen',
  'validation.oauth-account-key': 'ist kein angemeldetes Konto',
  'validation.env-name': 'muss der Name einer Umgebungsvariablen sein, etwa {example}',
  'validation.default-preset-listed': 'muss auch unter „presets“ aufgeführt sein',
};
