import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * French: input rules (shared/validation.ts). They follow the field name
 * (« host : n’est pas un nom de serveur valide »), so each starts in lower case.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'est obligatoire',
  'validation.oauth-account-key': 'ne correspond à aucun compte connecté',
  'validation.env-name': 'doit être le nom d’une variable d’environnement, comme {example}',
  'validation.default-preset-listed': 'doit aussi figurer dans « presets »',
  'validation.line-breaks': 'ne doit contenir ni sauts de ligne ni caractères de contrôle',
  'validation.host': 'n’est pas un nom de serveur valide',
  'validation.address': 'n’est pas une adresse e-mail valide',
  'validation.too-long': 'est trop long (au maximum {max, plural, one {# caractère} other {# caractères}})',
  'validation.user-characters': 'ne doit contenir ni espaces ni caractères invisibles',
  'validation.sender-address':
    'sert d’expéditeur pour le message de test : ce doit donc être une adresse e-mail complète, comme name@example.com',
  'validation.password-characters': 'ne doit contenir ni sauts de ligne ni autres caractères de contrôle',
  'validation.token-characters': 'n’est pas un jeton d’accès (uniquement des lettres, des chiffres et - . _ ~ + /)',
  'validation.fingerprint': 'n’est pas une empreinte SHA-256',
  'validation.name-characters': 'ne doit contenir ni sauts de ligne, ni caractères de contrôle, ni marques de direction du texte',
  'validation.too-many-profiles': 'vous pouvez garder au maximum {max, plural, one {# jeu de paramètres} other {# jeux de paramètres}} ; supprimez-en avant d’en ajouter d’autres',
};
