import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** Brazilian Portuguese: export validation, settings values, Apple/Outlook/Thunderbird files, the sheet and the report. */
export const exportMessages: Translation<typeof source> = {
  // Input validation ({field} is one of the export.field.* names, with its article).
  'export.invalid.control-characters': '{field} contém uma quebra de linha, NUL ou outro caractere de controle.',
  'export.invalid.address': '“{value}” não é um endereço de email como nome@example.com.',
  'export.invalid.host': '“{value}” não é um nome de servidor como smtp.example.com.',
  'export.invalid.port': 'A porta precisa ser um número inteiro de 1 a 65535.',
  'export.invalid.text-too-long': '{field} tem mais de {max, plural, =1 {1 caractere} other {# caracteres}}.',
  'export.invalid.field': '{field} tem um valor inválido: {reason}',
  'export.invalid.preset': 'Predefinição desconhecida “{value}”. Use uma destas: {list}.',
  'export.invalid.host-required': 'Esta predefinição não tem servidor fixo; informe o nome do servidor de saída.',
  'export.invalid.incoming-required':
    'Esta exportação precisa de um servidor de entrada (IMAP ou POP). Esta predefinição não tem um; informe-o manualmente.',
  'export.invalid.relay-not-for-mail-apps':
    'A configuração de retransmissão é para impressoras e apps que só enviam emails; apps de email não podem usá-la. Exporte a folha de instruções.',
  'export.invalid.not-windows-1252':
    '{field} tem caracteres que os arquivos de perfil do Outlook clássico para Windows (.prf) não aceitam. Use letras latinas comuns.',
  'export.invalid.prf-incoming-starttls':
    'Os arquivos de perfil do Outlook clássico para Windows só conseguem definir SSL/TLS ou nenhuma criptografia para o recebimento, não STARTTLS.',
  'export.invalid.probe-result': 'O arquivo não é um resultado de teste salvo por este app: {reason}',

  // Field names used in messages (they start a sentence).
  'export.field.address': 'O endereço de email',
  'export.field.displayName': 'O nome',
  'export.field.organization': 'A organização',
  'export.field.description': 'A descrição da conta',
  'export.field.host': 'O servidor de saída',
  'export.field.port': 'A porta de saída',
  'export.field.username': 'O nome de usuário',
  'export.field.incomingHost': 'O servidor de entrada',
  'export.field.incomingPort': 'A porta de entrada',
  'export.field.incomingUsername': 'O nome de usuário de entrada',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Nenhuma (sem criptografia)',
  'export.value.auth.oauth2': 'Entrar com a Microsoft (autenticação moderna, OAuth2)',
  'export.value.auth.password': 'Senha',
  'export.value.auth.none': 'Sem login (o servidor confia na sua rede ou no seu dispositivo)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Email: {address}',
  'export.mobileconfig.description.password':
    'Adiciona a conta de email {address} ao Mail ({protocol} para receber, SMTP para enviar). A senha é pedida uma vez durante a instalação; ela não está neste arquivo.',
  'export.mobileconfig.description.eas':
    'Adiciona {address} ao Mail do iPhone ou iPad como conta Microsoft Exchange que entra com a Microsoft. Não há senha neste arquivo.',
  'export.mobileconfig.description.ews':
    'Adiciona {address} ao Mail do Mac como conta Microsoft Exchange (EWS) que entra com a Microsoft. O Exchange Online bloqueia o EWS desde {blockedFrom}, a menos que a sua TI o permita, e vai desativá-lo em {off}; depois disso, use o Outlook para Mac.',
  'export.mobileconfig.payload.mail': 'Conta {protocol} e SMTP',
  'export.mobileconfig.payload.exchange': 'Conta Microsoft Exchange',
  'export.note.mobileconfig.no-oauth':
    'A carga útil de email da Apple (IMAP/POP e SMTP) não consegue entrar com a Microsoft (OAuth), então criaria uma conta que nunca faz login. Por isso, este perfil adiciona a caixa de correio como conta Microsoft Exchange com login da Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Este perfil para Mac usa o Exchange Web Services (EWS), a única forma de o Apple Mail no Mac acessar o Exchange Online (Contas de Internet › Microsoft Exchange também é EWS). O Exchange Online bloqueia o EWS desde {blockedFrom}, a menos que o locatário o permita, e vai desativá-lo em {off}. O app recomendado é o Outlook para Mac.',
  'export.note.mobileconfig.ios-only': 'Este perfil é só para iPhone e iPad (os Macs não instalam perfis do Exchange ActiveSync).',
  'export.note.mobileconfig.password-prompt':
    'O perfil não contém senha: o Mail pede a senha uma vez durante a instalação do perfil.',
  'export.note.mobileconfig.ssl-587':
    'A Apple não informa se “Usar SSL” na porta 587 significa STARTTLS; teste o envio depois de instalar.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: conta do Outlook clássico para {address}. Este arquivo não contém senha.',
  'export.note.prf.caveat':
    'A Microsoft não recomenda arquivos .prf para o Outlook 2016 e versões posteriores (KB 4046818). Eles ainda adicionam contas IMAP e POP, mas não conseguem entrar com a Microsoft (OAuth) e não contêm a senha: o Outlook a pede.',
  'export.note.prf.microsoft':
    'Esta é uma caixa de correio da Microsoft. Um arquivo .prf não consegue entrar com a Microsoft, então não vai funcionar para ela. No Outlook clássico para Windows, use Arquivo › Adicionar Conta, digite o endereço e entre.',
  'export.note.prf.run-cmd':
    'Mantenha o arquivo .cmd ao lado do arquivo .prf, feche o Outlook e clique duas vezes no arquivo .cmd.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'O Thunderbird não tem um comando para abrir este arquivo. Publique o arquivo em https://autoconfig.{domain}/mail/config-v1.1.xml ou copie-o como {domain}.xml para a pasta “isp” da instalação do Thunderbird.',
  'export.note.autoconfig.builtin-microsoft':
    'O Thunderbird já conhece as configurações do Microsoft 365 e do Outlook.com, incluindo o login com a Microsoft; você só precisa deste arquivo para substituí-las.',
  'export.note.autoconfig.no-builtin-oauth':
    'O Thunderbird só faz login com OAuth2 em hosts que ele conhece; talvez ele não conheça {host} e, nesse caso, informa “Lacking OAuth2 config”.',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'Configurações de email de {address}',
  'export.sheet.app-title': '{app}: configurações de email de {address}',
  'export.sheet.no-password': 'Esta folha não contém senha.',
  'export.sheet.intro':
    'Guarde esta folha. Ela lista as configurações da sua caixa de correio e as etapas para cada app de email. Ela não contém senha.',
  'export.sheet.created': 'Criada em {date}',
  'export.sheet.settings.heading': 'Suas configurações',
  'export.sheet.settings.address': 'Endereço de email',
  'export.sheet.settings.username': 'Nome de usuário',
  'export.sheet.settings.sign-in': 'Login',
  'export.sheet.settings.outgoing': 'Saída (SMTP)',
  'export.sheet.settings.incoming': 'Entrada ({protocol})',
  'export.sheet.settings.server': 'Servidor {host}, porta {port}, criptografia {security}',
  'export.sheet.notes.heading': 'É bom saber',
  'export.sheet.note.microsoft-sign-in':
    'Sua caixa de correio entra com a Microsoft. Em qualquer app, escolha “adicionar conta”, digite o seu endereço e entre na página da Microsoft. A tabela de servidores é só uma alternativa para os apps que pedirem esses dados.',
  'export.sheet.note.outlook-com-imap':
    'O Outlook.com deixa o POP e o IMAP desativados por padrão. Só se um app pedir as configurações IMAP ou POP: ative-as em outlook.com › Configurações › Email › Encaminhamento e IMAP.',
  'export.sheet.note.basic-auth-2026':
    'A Microsoft desativa por padrão o login com senha para envio (SMTP AUTH) no fim de {basicOffMonth}; o administrador pode reativá-lo. Os apps que entram com a Microsoft continuam funcionando.',
  'export.sheet.note.relay':
    'Esta configuração é para impressoras, scanners e apps que enviam emails sem fazer login. A sua equipe de TI precisa autorizar o dispositivo no Microsoft 365 (um conector para o endereço IP público ou o certificado dele). Passe estes valores para quem for configurar o dispositivo.',
  'export.sheet.note.send-only':
    'Estas configurações são para impressoras, scanners e apps que só enviam emails. Passe-as para quem for configurar o dispositivo.',
  'export.sheet.note.no-password': 'O app vai pedir a sua senha. Ninguém da TI vai pedir que você a anote.',
  'export.sheet.steps.heading': 'Passo a passo',

  'export.sheet.step.new-outlook.open': 'Abra o Outlook e selecione Configurações (a engrenagem) › Contas › Contas de email › Adicionar conta.',
  'export.sheet.step.new-outlook.address': 'Digite {address} e selecione Continuar.',
  'export.sheet.step.new-outlook.sign-in': 'Entre na página da Microsoft. O Outlook encontra os servidores sozinho.',
  'export.sheet.step.new-outlook.manual':
    'Se o Outlook perguntar o tipo de conta, escolha {protocol}. Digite os servidores de entrada e de saída, as portas e a criptografia da tabela acima.',
  'export.sheet.step.new-outlook.password': 'Digite sua senha quando ela for solicitada e selecione Continuar.',

  'export.sheet.step.classic-outlook.open': 'Abra o Outlook e selecione Arquivo › Adicionar Conta.',
  'export.sheet.step.classic-outlook.address': 'Digite {address} e selecione Conectar.',
  'export.sheet.step.classic-outlook.sign-in': 'Entre na página da Microsoft e selecione Concluído.',
  'export.sheet.step.classic-outlook.advanced':
    'Selecione Opções avançadas, marque “Permita que eu configure minha conta manualmente”, selecione Conectar e escolha {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Digite os servidores de entrada e de saída, as portas e o método de criptografia da tabela acima e selecione Avançar.',
  'export.sheet.step.classic-outlook.password': 'Digite sua senha e selecione Conectar.',
  'export.sheet.step.classic-outlook.prf':
    'Se a TI deu a você um arquivo .cmd com um arquivo .prf ao lado: feche o Outlook e clique duas vezes no arquivo .cmd. A Microsoft não recomenda mais os arquivos .prf; se não funcionar, use as etapas acima.',

  'export.sheet.step.outlook-mac.open': 'Abra o Outlook e selecione Outlook › Configurações › Contas e depois o botão + › Nova Conta.',
  'export.sheet.step.outlook-mac.address': 'Digite {address} e selecione Continuar.',
  'export.sheet.step.outlook-mac.sign-in': 'Entre na página da Microsoft e selecione Concluído.',
  'export.sheet.step.outlook-mac.manual':
    'Se o Outlook pedir o provedor, escolha {protocol} e digite os servidores, as portas e o nome de usuário da tabela acima.',
  'export.sheet.step.outlook-mac.password': 'Digite sua senha e selecione Adicionar Conta.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'O Apple Mail no Mac só acessa o Microsoft 365 pelo Exchange Web Services (EWS), inclusive por Ajustes do Sistema › Contas de Internet › Microsoft Exchange. A Microsoft bloqueia o EWS desde {blockedFrom}, a menos que a sua TI o permita, e vai desativá-lo em {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Use o Outlook para Mac (etapas acima), a menos que a sua TI informe que o EWS é permitido na sua organização.',
  'export.sheet.step.apple-mail.other': 'Abra o Mail e selecione Mail › Adicionar Conta › Outra Conta do Mail e depois Continuar.',
  'export.sheet.step.apple-mail.other-details': 'Digite seu nome, {address} e sua senha e selecione Iniciar Sessão.',
  'export.sheet.step.apple-mail.other-servers':
    'Se o Mail pedir os servidores, escolha {protocol} e digite os servidores de entrada e de saída da tabela acima.',
  'export.sheet.step.apple-mail.profile':
    'Se a TI deu a você um arquivo .mobileconfig: clique duas vezes nele, depois abra Ajustes do Sistema › Geral › Gerenciamento de Dispositivos (Privacidade e Segurança › Perfis no macOS 14) e selecione Instalar.',

  'export.sheet.step.iphone.exchange': 'Abra Ajustes › Apps › Mail › Contas de E-mail › Adicionar Conta e escolha Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Digite {address}, toque em Seguinte e depois em Iniciar Sessão, e entre com a Microsoft.',
  'export.sheet.step.iphone.other': 'Abra Ajustes › Apps › Mail › Contas de E-mail › Adicionar Conta › Outra › Adicionar Conta de E-mail.',
  'export.sheet.step.iphone.other-details':
    'Digite seu nome, {address} e sua senha, escolha {protocol} e digite os servidores da tabela acima.',
  'export.sheet.step.iphone.profile':
    'Se a TI deu a você um arquivo .mobileconfig: abra-o, depois vá a Ajustes › Perfil Baixado e toque em Instalar em até {duration}.',

  'export.sheet.source': 'Fonte destes valores: {source}',

  // Diagnostic report
  'export.report.title': 'Relatório do teste de conexão de email',
  'export.report.intro':
    'Este relatório mostra o que aconteceu quando o app testou o servidor de email. Senhas, tokens e dados de login foram removidos. Envie-o para a sua equipe de TI.',
  'export.report.created': 'Criado em {date}',
  'export.report.summary.heading': 'Resumo',
  'export.report.summary.verdict': 'Resultado',
  'export.report.summary.server': 'Servidor',
  'export.report.summary.security': 'Criptografia',
  'export.report.summary.sign-in': 'Login',
  'export.report.summary.user': 'Nome de usuário',
  'export.report.summary.started': 'Testado em',
  'export.report.summary.duration': 'Duração',
  'export.report.verdict.pass': 'Funcionando',
  'export.report.verdict.warn': 'Funcionando, com avisos',
  'export.report.verdict.fail': 'Não funciona',
  'export.report.verdict.cancelled': 'Cancelado',
  'export.report.findings.heading': 'O que foi encontrado',
  'export.report.findings.none': 'Nenhum problema foi encontrado.',
  'export.report.stages.heading': 'Etapas do teste',
  'export.report.stages.step': 'Etapa',
  'export.report.stages.status': 'Resultado',
  'export.report.stages.time': 'Tempo',
  'export.report.stages.detail': 'Detalhe',
  'export.report.status.pass': 'concluída',
  'export.report.status.warn': 'com aviso',
  'export.report.status.fail': 'falhou',
  'export.report.status.skipped': 'não executada',
  'export.report.tls.heading': 'Criptografia e certificado',
  'export.report.tls.none': 'Nenhuma conexão criptografada foi feita.',
  'export.report.tls.protocol': 'Protocolo',
  'export.report.tls.cipher': 'Cifra',
  'export.report.tls.verified': 'Certificado confiável',
  'export.report.tls.diagnosis': 'Diagnóstico',
  'export.report.tls.verify-error': 'Erro de verificação',
  'export.report.tls.system-store': 'Confiável só pelo repositório de certificados do sistema operacional',
  'export.report.tls.interceptor': 'Interceptado por',
  'export.report.tls.chain': 'Certificado {n} da cadeia',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, emitido por {issuer}, válido de {from} até {to}, nomes: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'O que o servidor ofereceu',
  'export.report.capabilities.extensions': 'Extensões',
  'export.report.capabilities.auth': 'Métodos de login',
  'export.report.transcript.heading': 'Conversa com o servidor (dados secretos removidos)',
  'export.report.yes': 'sim',
  'export.report.no': 'não',
  'export.report.stage.resolve': 'Localizar o nome do servidor',
  'export.report.stage.connect': 'Conectar',
  'export.report.stage.greeting': 'Saudação do servidor',
  'export.report.stage.ehlo': 'Apresentação (EHLO)',
  'export.report.stage.starttls': 'Início da criptografia (STARTTLS)',
  'export.report.stage.tls': 'Conexão criptografada (TLS)',
  'export.report.stage.ehlo-tls': 'Nova apresentação, com criptografia',
  'export.report.stage.auth': 'Login',
  'export.report.stage.mail-from': 'Remetente aceito',
  'export.report.stage.rcpt-to': 'Destinatário aceito',
  'export.report.stage.data': 'Mensagem de teste enviada',
  'export.report.stage.quit': 'Encerramento',

  // Writer / CLI
  'export.cli.password-refused':
    'As exportações nunca contêm senha nem token, então este comando não aceita nenhum dos dois. Remova {flag}.',
  'export.write.failed': 'Não foi possível gravar {path}: {reason}',
};
