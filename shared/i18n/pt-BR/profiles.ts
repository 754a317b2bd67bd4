import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** Brazilian Portuguese: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Configurações salvas',
  'profiles.empty': 'Nada salvo ainda. Depois de um teste bem-sucedido, você pode salvar as configurações aqui.',
  'profiles.setUp': 'Configurar o envio',
  'profiles.lastTest': 'Último teste: {verdict}, {when}',
  'profiles.neverTested': 'Nenhum teste ainda',
  'profiles.verdict.pass': 'funcionou',
  'profiles.verdict.warn': 'funcionou, com um aviso',
  'profiles.verdict.fail': 'não funcionou',
  'profiles.verdict.cancelled': 'cancelado',
  'profiles.passwordRemembered': 'senha salva',
  'profiles.passwordNotRemembered': 'senha não salva',
  'profiles.retest': 'Testar novamente',
  'profiles.testing': 'Testando…',
  'profiles.noPassword': 'Nenhuma senha está salva para esta conta. Configure de novo para testar com a sua senha.',
  'profiles.export': 'Exportar',
  'profiles.rename': 'Renomear',
  'profiles.newName': 'Novo nome',
  'profiles.saveName': 'Salvar nome',
  'profiles.renamed': 'Nome alterado.',
  'profiles.delete': 'Excluir',
  'profiles.confirmDelete': 'Excluir “{name}” e a senha salva?',
  'profiles.deleted': 'Item “{name}” excluído.',
  'profiles.failed': 'Não deu certo. Tente novamente.',
  'profiles.forgetAll': 'Esquecer tudo',
  'profiles.forgetAll.confirm': 'Excluir todas as configurações e todas as senhas salvas?',
  'profiles.forgetAll.done': 'Tudo foi esquecido.',
  'profiles.keychainUnavailable.title': 'O cofre de senhas deste computador não está disponível',
  'profiles.keychainUnavailable.body': 'Suas configurações salvas continuam funcionando, e você pode testar digitando a senha. Ela só não pode ser salva até o cofre de senhas voltar a funcionar.',
  'profiles.cli.not-found': 'não há configurações salvas com o nome “{name}” em {folder} (salvas: {known}).',
  'profiles.cli.not-found-none':
    'não há configurações salvas com o nome “{name}” em {folder}: nada foi salvo nessa pasta.',
  'profiles.cli.quoted': '“{name}”',
};
