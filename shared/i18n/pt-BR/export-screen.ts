import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** Brazilian Portuguese: the export screen (“Configurar um app de email”). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Configurar um app de email',
  'exportScreen.title': 'Configurar seu app de email',
  'exportScreen.lead': 'Escolha o app que você usa. Você recebe o que funciona nesse app para {address}: um arquivo, etapas a seguir ou uma verificação.',
  'exportScreen.lead.noAccount': 'Informe seu endereço e o tipo de conta e depois escolha o app que você usa.',
  'exportScreen.offline': 'Você está offline: todos os arquivos e todas as etapas daqui continuam funcionando. Só a verificação do Outlook precisa de conexão.',

  'exportScreen.account.heading': 'Sua conta',
  'exportScreen.account.address': 'Endereço de email',
  'exportScreen.account.kind': 'Tipo de conta',
  'exportScreen.account.kind.microsoft365': 'Conta corporativa ou de estudante do Microsoft 365',
  'exportScreen.account.kind.outlook-com': 'Outlook.com ou Hotmail',
  'exportScreen.account.kind.imap': 'Outro provedor (IMAP ou POP com senha)',
  'exportScreen.account.kind.relay': 'Impressora ou app que envia pelo Microsoft 365 (sem caixa de correio)',
  'exportScreen.account.kindHint': 'Endereços corporativos ou de estudante no Microsoft 365 entram com a Microsoft. Escolha “Outro provedor” para qualquer outro serviço de email.',
  'exportScreen.account.outgoingHost': 'Servidor de saída (SMTP)',
  'exportScreen.account.incomingProtocol': 'Recebimento de emails',
  'exportScreen.account.incomingHost': 'Servidor de entrada',
  'exportScreen.account.incomingHint': 'O seu provedor informa esse endereço, por exemplo imap.example.com. Ele é necessário para os arquivos de configurações.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Alterar a conta',
  'exportScreen.account.invalid': 'Confira a conta: {message}',

  'exportScreen.apps.heading': 'Qual app você usa?',
  'exportScreen.apps.hint': 'Escolha um; depois você pode voltar e escolher outro.',
  'exportScreen.plan.heading.outlook-classic': 'O que funciona no Outlook clássico para Windows',
  'exportScreen.plan.heading.outlook-new': 'O que funciona no novo Outlook para Windows',
  'exportScreen.plan.heading.outlook-mac': 'O que funciona no Outlook para Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'O que funciona no Apple Mail no Mac',
  'exportScreen.plan.heading.ios': 'O que funciona no Mail do iPhone ou iPad',
  'exportScreen.plan.heading.thunderbird': 'O que funciona no Thunderbird',
  'exportScreen.plan.heading.device': 'O que funciona em impressoras, scanners e apps',

  'exportScreen.files.heading': 'Arquivos',
  'exportScreen.steps.print': 'Imprimir as etapas',
  'exportScreen.steps.pdf': 'Salvar as etapas em PDF…',
  'exportScreen.save': 'Salvar…',
  'exportScreen.saving': 'Salvando…',
  'exportScreen.saved': 'Salvo: {path}',
  'exportScreen.saved.signed': 'Assinado pela sua organização.',
  'exportScreen.saved.unsigned': 'Não assinado.',
  'exportScreen.failed': 'Não foi possível salvar: {message}',
  'exportScreen.showInFolder': 'Mostrar na pasta',
  'exportScreen.open': 'Abrir',
  'exportScreen.openFailed': 'Não foi possível fazer isso: {message}',
  'exportScreen.notes.heading': 'É bom saber',

  'exportScreen.check.heading': 'O Outlook vai encontrar a sua caixa de correio?',
  'exportScreen.check.run': 'Verificar agora',
  'exportScreen.check.again': 'Verificar novamente',
  'exportScreen.check.notRun': 'O app pode perguntar à Microsoft, a partir deste computador, se o Outlook vai encontrar a sua caixa de correio.',

  'exportScreen.signing.ready': 'Os perfis da Apple são assinados como “{signer}”, então os dispositivos os mostram como “Verificado”.',
  'exportScreen.signing.problem': 'Os perfis da Apple são salvos sem assinatura: {problem}',

  'exportScreen.forIt.heading': 'Para a TI',
  'exportScreen.forIt.lead': 'Arquivos para quem administra o seu serviço de email. Você não precisa deles para configurar o seu app.',
};
