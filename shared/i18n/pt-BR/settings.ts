import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** Brazilian Portuguese: settings notices, settings-file problems, the password store. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start.
  'settings.notice.settings-corrupt.title': 'Não foi possível ler suas configurações salvas',
  'settings.notice.settings-corrupt.body':
    'O arquivo de configurações estava danificado, então o app começou com configurações novas. O arquivo antigo foi guardado como {movedTo}, caso a sua equipe de TI queira examiná-lo. Problema: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'O arquivo de configurações {file} estava danificado e não pôde ser movido, então, por enquanto, o app está usando configurações novas e não vai salvar alterações. Problema: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Não foi possível ler algumas das suas configurações salvas',
  'settings.notice.settings-partly-recovered.body':
    'Estes itens não puderam ser lidos e foram deixados de lado: {items}. Todo o resto foi carregado normalmente. Eles foram guardados exatamente como estavam em {movedTo}, caso a sua equipe de TI queira examiná-los. Primeiro problema: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Estes itens não puderam ser lidos: {items}. Todo o resto foi carregado, mas o app não conseguiu guardar uma cópia deles, então, por enquanto, não vai salvar alterações em {file}. Primeiro problema: {problem}',
  'settings.notice.settings-newer-version.title': 'Suas configurações vêm de uma versão mais nova do app',
  'settings.notice.settings-newer-version.body':
    'O arquivo de configurações foi gravado por uma versão mais nova do Mail Setup Assistant (formato {version}). Ele foi guardado como {movedTo}, e o app começou com configurações novas. Instale de novo a versão mais nova para usá-lo.',
  'settings.notice.settings-newer-version.body-not-moved':
    'O arquivo de configurações {file} foi gravado por uma versão mais nova do Mail Setup Assistant (formato {version}). Por enquanto, o app está usando configurações novas e não vai salvar alterações, para que o arquivo mais novo fique como está.',
  'settings.notice.settings-unwritable.title': 'Não é possível salvar as configurações',
  'settings.notice.settings-unwritable.body':
    'O app não consegue gravar o arquivo de configurações {file}, então as alterações serão perdidas quando você fechá-lo. Problema: {problem}',
  'settings.notice.org-defaults-invalid.title': 'O arquivo de configurações da sua organização foi ignorado',
  'settings.notice.org-defaults-invalid.body':
    'O arquivo {file} que a sua equipe de TI colocou tem um problema, então o app usa as configurações padrão. Por favor, avise a sua equipe de TI: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'O arquivo de configurações da sua organização tem itens desconhecidos',
  'settings.notice.org-defaults-unknown-keys.body':
    'O arquivo {file} contém itens que esta versão não conhece: {keys}. Eles foram ignorados; todo o resto do arquivo é usado.',
  'settings.notice.org-defaults-unreadable.title': 'Não foi possível ler o arquivo de configurações da sua organização',
  'settings.notice.org-defaults-unreadable.body':
    'Não foi possível ler o arquivo {file}, então o app usa as configurações padrão. Problema: {problem}',

  // Plain-words descriptions of the first problem in a JSON file (they follow “Problema:”).
  'settings.problem.not-json': 'o arquivo não é um JSON válido ({detail}).',
  'settings.problem.not-object': 'o arquivo precisa conter um único objeto JSON.',
  'settings.problem.wrong-type': 'o item “{field}” deveria ser {expected}, mas é {received}.',
  'settings.problem.missing': 'o item “{field}” está faltando.',
  'settings.problem.not-one-of': 'o item “{field}” deveria ser {allowed}.',
  'settings.problem.unknown-key': 'o item “{field}” não é conhecido por este app.',
  'settings.problem.too-small': 'o item “{field}” é curto ou pequeno demais.',
  'settings.problem.too-big': 'o item “{field}” é longo ou grande demais.',
  'settings.problem.bad-format': 'o item “{field}” {detail}.',
  'settings.problem.invalid': 'o item “{field}” não é válido.',
  'settings.problem.file-invalid': 'o arquivo não tem o formato que este app espera.',
  'settings.problem.type.string': 'texto',
  'settings.problem.type.number': 'um número',
  'settings.problem.type.int': 'um número inteiro',
  'settings.problem.type.boolean': 'true ou false',
  'settings.problem.type.array': 'uma lista [ … ]',
  'settings.problem.type.object': 'um grupo de itens (um objeto)',
  'settings.problem.type.null': 'null (um valor vazio)',
  'settings.problem.type.undefined': 'um valor ausente',
  'settings.problem.duplicate-id': 'o item “{field}” repete o ID de configurações salvas anteriores.',
  'settings.problem.too-many-profiles': 'há mais de {max, plural, =1 {1 configuração salva} other {# configurações salvas}}; as que vieram depois {max, plural, =1 {da primeira} other {das primeiras {max, number}}} foram deixadas de lado.',
  'settings.problem.not-utf8': 'o arquivo não é texto em UTF-8.',
  'settings.recovered.profile': 'as configurações salvas “{name}”',
  'settings.recovered.unnamed-profile': 'as configurações salvas de número {number} (sem nome)',
  'settings.recovered.preferences': 'as suas preferências (os valores padrão são usados no lugar delas)',
  'settings.recovered.entry': 'o item “{key}”',
  'settings.problem.migration-failed': 'não foi possível atualizar o arquivo para o formato atual ({detail}).',

  // Password store states, for the “remember” checkbox and the saved settings list.
  'settings.keychain.no-native-module':
    'O app não conseguiu abrir o cofre de senhas deste computador, então as senhas não podem ser salvas. Todo o resto funciona.',
  'settings.keychain.no-secret-service':
    'Não há um cofre de senhas disponível neste computador, então as senhas não podem ser salvas. Todo o resto funciona.',
  'settings.keychain.locked':
    'Seu cofre de senhas está bloqueado. Desbloqueie-o, por exemplo entrando de novo no computador, e tente novamente.',
  'settings.keychain.unknown':
    'O cofre de senhas não respondeu como esperado, então as senhas não podem ser salvas agora. Todo o resto funciona.',
  'settings.keychain.secret-not-removed':
    'As configurações salvas foram excluídas, mas a senha delas não pôde ser removida do cofre de senhas: {reason}',

  // Why a secret was not saved.
  'settings.remember.not-ticked': 'A senha não foi salva porque “Lembrar minha senha” não estava marcado.',
  'settings.remember.test-not-passed': 'A senha só é salva depois de um teste de login bem-sucedido.',
  'settings.remember.no-secret': 'Não há senha para salvar neste método de login.',
  'settings.remember.saved': 'A senha está salva no cofre de senhas deste computador.',
};
