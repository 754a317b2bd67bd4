import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * Spanish: input rules (shared/validation.ts). They follow the field name
 * («host: no es un nombre de servidor válido»), so each starts in lower case.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'es obligatorio',
  'validation.oauth-account-key': 'no es una cuenta con la sesión iniciada',
  'validation.env-name': 'debe ser el nombre de una variable de entorno, como {example}',
  'validation.default-preset-listed': 'también debe figurar en «presets»',
  'validation.line-breaks': 'no puede contener saltos de línea ni caracteres de control',
  'validation.host': 'no es un nombre de servidor válido',
  'validation.address': 'no es una dirección de correo electrónico válida',
  'validation.too-long': 'es demasiado largo (máximo {max, plural, one {# carácter} other {# caracteres}})',
  'validation.user-characters': 'no puede contener espacios ni caracteres invisibles',
  'validation.sender-address':
    'se usa como remitente del mensaje de prueba, así que debe ser una dirección de correo completa, como name@example.com',
  'validation.password-characters': 'no puede contener saltos de línea ni otros caracteres de control',
  'validation.token-characters': 'no es un token de acceso (solo letras, dígitos y - . _ ~ + /)',
  'validation.fingerprint': 'no es una huella digital SHA-256',
  'validation.name-characters': 'no puede contener saltos de línea, caracteres de control ni marcas de dirección del texto',
  'validation.too-many-profiles': 'puedes guardar como máximo {max, plural, one {# configuración} other {# configuraciones}}; elimina alguna antes de agregar más',
};
