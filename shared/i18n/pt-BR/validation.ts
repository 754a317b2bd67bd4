import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * Brazilian Portuguese: input rules (shared/validation.ts). They follow the field name
 * (“host: não é um nome de servidor válido”), so each starts in lower case and uses no
 * adjective or participle that would have to agree with the field.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'não pode ficar em branco',
  'validation.oauth-account-key': 'não corresponde a nenhuma conta com login feito',
  'validation.env-name': 'precisa ser o nome de uma variável de ambiente, como {example}',
  'validation.default-preset-listed': 'também precisa constar em "presets"',
  'validation.line-breaks': 'não pode conter quebras de linha nem caracteres de controle',
  'validation.host': 'não é um nome de servidor válido',
  'validation.address': 'não é um endereço de email válido',
  'validation.too-long': 'passa do limite de {max, plural, =1 {1 caractere} other {# caracteres}}',
  'validation.user-characters': 'não pode conter espaços nem caracteres invisíveis',
  'validation.sender-address':
    'serve de remetente da mensagem de teste, então precisa ser um endereço de email completo, como nome@example.com',
  'validation.password-characters': 'não pode conter quebras de linha nem outros caracteres de controle',
  'validation.token-characters': 'não é um token de acesso (só letras, números e - . _ ~ + /)',
  'validation.fingerprint': 'não é uma impressão digital SHA-256',
  'validation.name-characters': 'não pode conter quebras de linha, caracteres de controle nem marcas de direção do texto',
  'validation.too-many-profiles': 'você pode manter no máximo {max, plural, =1 {1 configuração salva} other {# configurações salvas}}; exclua algumas antes de adicionar outras',
};
