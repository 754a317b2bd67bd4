import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** Brazilian Portuguese: signing Apple profiles with IT’s certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'A chave privada do arquivo do certificado de assinatura não tem senha. Exporte o arquivo de novo com uma senha e coloque a senha na variável de ambiente indicada nos padrões da organização.',
  'export.signing.wrong-password': 'A senha do arquivo do certificado de assinatura está incorreta. Confira a variável de ambiente indicada nos padrões da organização.',
  'export.signing.unreadable': 'O arquivo do certificado de assinatura não pode ser lido como arquivo PKCS#12 (.p12/.pfx): {reason}',
  'export.signing.no-key': 'O arquivo do certificado de assinatura não contém chave privada.',
  'export.signing.no-certificate': 'O arquivo do certificado de assinatura não contém um certificado para a chave privada dele.',
  'export.signing.not-valid': 'O certificado de assinatura “{signer}” não é válido hoje (válido até {until}); os dispositivos tratariam os perfis como não assinados.',
  'export.signing.missing-file': 'Não foi possível ler o arquivo do certificado de assinatura {path}: {reason}',
  'export.signing.missing-password': 'A variável de ambiente {name}, que deveria conter a senha do certificado de assinatura, não está definida.',
  'export.signing.off': 'Os perfis não são assinados: a sua TI não configurou um certificado de assinatura.',
  'export.signing.ready': 'Os perfis são assinados como “{signer}”.',
  'export.signing.problem': 'Não é possível assinar os perfis, então eles são salvos sem assinatura: {problem}',

  'export.outlook-check.found': 'O Outlook vai encontrar a sua caixa de correio: o serviço de configuração da Microsoft conhece {address}.',
  'export.outlook-check.found-no-dns':
    'O Outlook para Windows vai encontrar a sua caixa de correio pelo serviço da Microsoft, mas {domain} não tem registro de autodiscover, então alguns apps talvez não a encontrem. Peça à TI para adicionar o registro DNS autodiscover.{domain} apontando para {target}.',
  'export.outlook-check.dns-other':
    'Observação: autodiscover.{domain} aponta para {target}, e não para o Microsoft 365. Se o Outlook encontrar um servidor antigo, peça à TI para apontar esse registro para {expected}.',
  'export.outlook-check.not-found':
    'O serviço de configuração da Microsoft não conhece {address}, então o Outlook não vai encontrar esse endereço sozinho. Confira se há erros de digitação no endereço; se estiver certo, pergunte à TI se a caixa de correio está no Microsoft 365.',
  'export.outlook-check.offline': 'Não verificado: este computador está offline. As etapas continuam funcionando quando houver conexão.',
  'export.outlook-check.failed': 'Não foi possível verificar a partir deste computador ({reason}). As etapas ainda podem funcionar; tente a verificação de novo mais tarde.',
  'export.outlook-check.checking': 'Verificando se o Outlook vai encontrar a sua caixa de correio…',
};
