import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** Brazilian Portuguese: what works in each mail app (apps, headlines, steps, notes, files). */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Outlook clássico para Windows',
  'exportApps.app.outlook-new': 'Novo Outlook para Windows',
  'exportApps.app.outlook-mac': 'Outlook para Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail no Mac',
  'exportApps.app.ios': 'Mail no iPhone ou iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Impressora, scanner ou app que envia emails',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': 'O {app} se configura a partir do seu endereço: siga as três etapas abaixo e entre com a Microsoft.',
  'exportApps.headline.manual': 'O {app} não tem arquivo de configurações para esta conta: siga as etapas abaixo com as configurações mostradas.',
  'exportApps.headline.prf': 'Salve o arquivo de configurações para o {app} ou siga as etapas abaixo.',
  'exportApps.headline.profile': 'Salve o perfil e abra-o no dispositivo, ou siga as etapas abaixo.',
  'exportApps.headline.mac-mail-microsoft': 'Não dá para contar com o Apple Mail no Mac para esta caixa de correio: use o Outlook para Mac (etapas abaixo).',
  'exportApps.headline.thunderbird': 'O Thunderbird encontra as configurações sozinho: siga as etapas abaixo.',
  'exportApps.headline.device': 'Salve ou imprima a folha de configurações e digite os valores dela no dispositivo.',
  'exportApps.headline.not-a-mailbox': 'Estas configurações servem só para enviar emails, então o {app} não consegue usá-las. Escolha “Impressora, scanner ou app que envia emails”, ou volte e informe a sua caixa de correio.',
  'exportApps.steps.title.outlook-classic': 'Configurar o Outlook clássico para Windows',
  'exportApps.steps.title.outlook-new': 'Configurar o novo Outlook para Windows',
  'exportApps.steps.title.outlook-mac': 'Configurar o Outlook para Mac',
  'exportApps.steps.title.apple-mail-mac': 'Configurar o Apple Mail no Mac',
  'exportApps.steps.title.ios': 'Configurar o Mail no iPhone ou iPad',
  'exportApps.steps.title.thunderbird': 'Configurar o Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Recomendado: configurar o Outlook para Mac',
  'exportApps.steps.title.profile': 'Instalar o perfil',
  'exportApps.steps.title.device': 'Digite estas configurações no dispositivo',

  // Outlook, Microsoft mailbox: three steps (labels as in Outlook’s pt-BR UI).
  'exportApps.step.classic.open': 'No Outlook, selecione Arquivo › Adicionar Conta.',
  'exportApps.step.new.open': 'No Outlook, selecione Configurações (a engrenagem) › Contas › Contas de email › Adicionar conta.',
  'exportApps.step.mac.open': 'No Outlook, selecione Outlook › Configurações › Contas e depois + › Nova Conta.',
  'exportApps.step.outlook.address': 'Digite {address} e selecione Continuar.',
  'exportApps.step.classic.address': 'Digite {address} e selecione Conectar.',
  'exportApps.step.outlook.sign-in': 'Entre na página da Microsoft. O Outlook encontra os servidores sozinho; selecione Concluído.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Selecione Opções avançadas, marque “Permita que eu configure minha conta manualmente”, selecione Conectar e escolha {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Se o Outlook perguntar o tipo de conta, escolha {protocol} e depois digite os servidores, as portas e a criptografia das configurações mostradas aqui.',
  'exportApps.step.outlook.password': 'Digite sua senha quando o Outlook pedir. Ela fica no Outlook; nenhum arquivo a contém.',
  'exportApps.step.classic.prf': 'Ou: salve o arquivo de configurações, feche o Outlook e clique duas vezes no arquivo .cmd salvo ao lado dele.',

  // Apple Mail on a Mac, other mailbox (labels as in macOS’s pt-BR UI).
  'exportApps.step.mac-mail.manual': 'No Mail, selecione Mail › Adicionar Conta › Outra Conta do Mail, digite seu nome, {address} e sua senha e clique em Iniciar Sessão.',
  'exportApps.step.mac-mail.manual-servers': 'Se o Mail pedir os servidores, escolha {protocol} e digite os servidores das configurações mostradas aqui.',
  'exportApps.step.mac.profile-open': 'Clique duas vezes no perfil salvo. O macOS avisa que ele foi baixado e precisa ser revisado.',
  'exportApps.step.mac.profile-install': 'Abra Ajustes do Sistema › Geral › Gerenciamento de Dispositivos (Privacidade e Segurança › Perfis no macOS 14), selecione o perfil e clique em Instalar. O Mail pede a sua senha.',

  // iPhone and iPad (labels as in iOS’s pt-BR UI).
  'exportApps.step.ios.send': 'Passe o perfil salvo para o iPhone ou iPad: envie por AirDrop a partir de um Mac, ou mande para o seu próprio email e abra o anexo no Mail do aparelho. Não compacte nem renomeie o arquivo.',
  'exportApps.step.ios.install': 'Abra Ajustes, toque em Perfil Baixado e depois em Instalar, e siga as instruções em até {minutes, plural, =1 {1 minuto} other {# minutos}} (depois disso, o iOS apaga o perfil).',
  'exportApps.step.ios.sign-in': 'Entre com a Microsoft quando for solicitado. Mail, Calendário e Contatos são adicionados.',
  'exportApps.step.ios.password': 'Digite sua senha quando ela for solicitada; ela não está no perfil.',
  'exportApps.step.ios.manual-exchange': 'Sem o arquivo: Ajustes › Apps › Mail › Contas de E-mail › Adicionar Conta › Microsoft Exchange, digite {address} e toque em Iniciar Sessão.',
  'exportApps.step.ios.manual-other': 'Sem o arquivo: Ajustes › Apps › Mail › Contas de E-mail › Adicionar Conta › Outra › Adicionar Conta de E-mail; escolha {protocol} e digite os servidores mostrados aqui.',

  // Thunderbird (labels as in Thunderbird’s pt-BR UI).
  'exportApps.step.thunderbird.open': 'No Thunderbird, abra o menu › Configurações de contas › Ações de contas › Adicionar conta de email.',
  'exportApps.step.thunderbird.address': 'Digite seu nome e {address} e selecione Continuar.',
  'exportApps.step.thunderbird.microsoft': 'O Thunderbird encontra as configurações da Microsoft. Selecione Pronto e entre com a Microsoft na janela que abrir.',
  'exportApps.step.thunderbird.password': 'Digite sua senha. Se o Thunderbird encontrar servidores diferentes dos mostrados aqui, selecione Configurar manualmente e digite estes.',

  // Devices.
  'exportApps.step.device.server': 'Nas configurações de email (SMTP) do dispositivo, informe: servidor {host}, porta {port}, criptografia {security}.',
  'exportApps.step.device.user': 'Nome de usuário: {user}. Login: {auth}.',
  'exportApps.step.device.no-user': 'Login: nenhum. O servidor aceita o dispositivo porque a TI o autorizou.',
  'exportApps.step.device.test': 'Envie uma mensagem de teste do dispositivo para o seu próprio endereço.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft':
    'Sem arquivo de configurações: os arquivos .prf do Outlook clássico para Windows não conseguem entrar com a Microsoft (autenticação moderna), então um arquivo desses nunca funcionaria para esta caixa de correio.',
  'exportApps.note.prf-password-only':
    'O arquivo .prf do Outlook clássico para Windows só guarda uma conta IMAP ou POP com senha, e nunca a própria senha. A Microsoft não recomenda mais os arquivos .prf, então as etapas são o caminho seguro.',
  'exportApps.note.new-outlook-no-file':
    'O novo Outlook para Windows não tem nenhum arquivo de configurações: toda conta é adicionada digitando o endereço.',
  'exportApps.note.outlook-mac-no-file': 'O Outlook para Mac não tem arquivo de configurações para contas: a conta é adicionada digitando o endereço.',
  'exportApps.note.outlook-finds-it': 'O Outlook encontra a caixa de correio pelo serviço de Descoberta Automática (Autodiscover) da Microsoft. A verificação abaixo pergunta a esse serviço, a partir deste computador, se ele conhece {address}.',
  'exportApps.note.password-tested':
    'Você testou o envio com senha (SMTP AUTH). O Outlook e os celulares não precisam dela: eles entram com a Microsoft. A Microsoft vai desativar por padrão o login com senha para envio até {date}.',
  'exportApps.note.mac-mail-ews':
    'O Mail, o Calendário e os Contatos da Apple no Mac só acessam o Microsoft 365 pelo Exchange Web Services (EWS); Ajustes do Sistema › Contas de Internet › Microsoft Exchange também usa EWS. A Microsoft bloqueia o EWS desde {blockedFrom}, a menos que a sua TI o permita, e vai desativá-lo de vez em {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'O Apple Mail adiciona o Outlook.com como conta Microsoft Exchange (EWS). A Microsoft está aposentando o EWS (bloqueado desde {blockedFrom}, a menos que um administrador o permita, e desativado em {off}); ela não disse se as contas pessoais do Outlook.com são afetadas (não encontramos nada a respeito). O Outlook para Mac funciona de qualquer forma.',
  'exportApps.note.ews-allowed': 'A sua TI permite o EWS, então um perfil para Mac é oferecido. Ele para de funcionar em {off}, quando a Microsoft desativa o EWS para todos.',
  'exportApps.note.ews-not-allowed': 'Sem perfil para Mac: os padrões da sua organização não dizem que o EWS é permitido, e sem isso não é possível entrar.',
  'exportApps.note.ios-activesync': 'O iPhone e o iPad usam o Exchange ActiveSync, que não é afetado pela aposentadoria do EWS.',
  'exportApps.note.signed': 'Assinado pela sua organização: o iPhone, o iPad ou o Mac mostra o perfil como “Verificado”.',
  'exportApps.note.unsigned':
    'Não assinado (a sua TI não configurou um certificado de assinatura): o dispositivo mostra o perfil como “Não assinado” ou “Não Verificado” e pede mais uma confirmação. Isso é esperado para um arquivo deste app.',
  'exportApps.note.no-password-profile-outlook-com': 'Nenhum perfil de email com senha: o Outlook.com só aceita o login com a Microsoft.',
  'exportApps.note.thunderbird-builtin': 'O Thunderbird já conhece as configurações da Microsoft e faz o login com a Microsoft sozinho; nenhum arquivo é necessário.',
  'exportApps.note.thunderbird-guesses': 'O Thunderbird não tem um comando para abrir um arquivo de configurações; ele procura as configurações ou tenta adivinhá-las. A TI pode publicá-las para o domínio inteiro (veja “Para a TI”).',
  'exportApps.note.not-a-mailbox': 'As configurações de retransmissão, Envio Direto e host inteligente não têm caixa de correio de onde ler emails.',
  'exportApps.note.incoming-needed': 'Para salvar um arquivo de configurações, informe o servidor de entrada (IMAP ou POP) que o seu provedor indica.',
  'exportApps.note.device.basic-auth':
    'Um dispositivo que faz login com senha usa o SMTP AUTH, que a Microsoft vai desativar por padrão nas organizações existentes até {date}; por enquanto, a TI pode reativá-lo. Os dispositivos que conseguem entrar com a Microsoft (OAuth) continuam funcionando.',
  'exportApps.note.device.alternatives':
    'Um dispositivo que não consegue fazer login pode usar o Envio Direto (só para a sua organização) ou um conector de retransmissão SMTP que a TI configura para o endereço dele. Fale com a TI.',
  'exportApps.note.device.outlook-com': 'O Outlook.com só aceita o login com a Microsoft desde {date}: um dispositivo que não consegue entrar com a Microsoft não pode enviar pelo Outlook.com.',
  'exportApps.note.device.relay':
    'Sem login: a TI precisa autorizar o dispositivo no Microsoft 365 (um conector para o endereço IP público ou o certificado dele). O Envio Direto só entrega para a sua própria organização.',
  'exportApps.note.device.password': 'O dispositivo guarda a senha; a folha nunca a contém.',
  'exportApps.note.report-none': 'Um relatório de diagnóstico descreve um teste feito desde que o app foi aberto. Teste estas configurações (ou selecione Testar novamente em Configurações salvas) para gerar um.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Perfil para iPhone e iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Adiciona {address} como conta Microsoft Exchange que entra com a Microsoft. Não contém senha.',
  'exportApps.file.mobileconfig-ios.what.password': 'Adiciona {address} com os servidores de entrada e de saída. O dispositivo pede a senha.',
  'exportApps.file.mobileconfig-macos.title': 'Perfil para o Apple Mail no Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Adiciona {address} com os servidores de entrada e de saída. O Mail pede a senha.',
  'exportApps.file.mobileconfig-ews.title': 'Perfil para Mac, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Adiciona {address} ao Apple Mail como conta Microsoft Exchange (EWS) que entra com a Microsoft.',
  'exportApps.file.prf.title': 'Arquivo de configurações do Outlook clássico para Windows (.prf e .cmd)',
  'exportApps.file.prf.what':
    'Adiciona {address} ao Outlook clássico para Windows quando você clica duas vezes no arquivo .cmd. O Outlook pede a senha.',
  'exportApps.file.autoconfig.title': 'Arquivo autoconfig do Thunderbird (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'Para a TI publicar em https://autoconfig.{domain}/mail/config-v1.1.xml, para que o Thunderbird encontre estas configurações para todos em {domain}.',
  'exportApps.file.sheet-pdf.title': 'Folha de configurações (PDF)',
  'exportApps.file.sheet-pdf.what': '{app}: as configurações e as etapas, para imprimir ou guardar.',
  'exportApps.file.sheet.title': 'Folha de configurações para todos os apps (página da web)',
  'exportApps.file.sheet.what': 'Configurações e etapas para cada app de email, para enviar a colegas ou ao suporte.',
  'exportApps.file.report.title': 'Relatório de diagnóstico (página da web e JSON)',
  'exportApps.file.report.what': 'O que o último teste encontrou, com detalhes técnicos e sem senha, para a TI.',
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'arquivo: {title}',
  'exportApps.cli.file-saved': 'arquivo: {title} -> {paths}',
  'exportApps.cli.for-it': 'para a TI: {title}',
  'exportApps.cli.for-it-saved': 'para a TI: {title} -> {paths}',
  'exportApps.cli.check': 'confira: {words}',
  'exportApps.cli.note': 'observação: {note}',
  'exportApps.cli.error.app': '--app precisa ser um destes: {choices}.',
};
