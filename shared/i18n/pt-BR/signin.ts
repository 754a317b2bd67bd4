import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * Brazilian Portuguese: the wizard's “Entrar com a Microsoft” panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth':
    'Você entra na própria página da Microsoft. Este app nunca vê a sua senha e só usa o login para testar o envio a partir deste computador.',
  'signin.panel.title': 'Entrar com a Microsoft',
  'signin.loading': 'Verificando se você já fez login…',
  'signin.password.microsoft-note':
    'No fim de {basicOffMonth}, o Microsoft 365 desativa por padrão o login com senha para o envio de emails, e o Outlook e o Apple Mail entram com a Microsoft; por isso, um teste com senha pode não mostrar o que eles vão fazer.',

  'signin.not-configured.title': 'O login com a Microsoft não está configurado nesta cópia do app',
  'signin.not-configured.help': 'O que a sua equipe de TI precisa fazer',
  'signin.not-configured.meanwhile.password': 'Até lá, você pode escolher “Com a minha senha” acima ou testar sem fazer login.',
  'signin.not-configured.meanwhile.none': 'Até lá, você pode testar sem fazer login: isso verifica a conexão, não a sua conta.',

  'signin.ready.button': 'Entrar com a Microsoft',
  'signin.ready.hint':
    'O navegador abre a página de login da Microsoft para {address}. Volte aqui quando a página disser que o login foi feito.',
  'signin.ready.code': 'Entrar com um código',
  'signin.ready.code.hint':
    'Para quando este computador não consegue abrir um navegador: você digita um código em qualquer dispositivo. Muitas organizações não permitem isso (as criadas desde {deviceCodeBlockedFrom} bloqueiam por padrão).',

  'signin.waiting.hint': 'Termine o login na janela do navegador que abriu. Se você fechar essa janela, clique em Cancelar.',
  'signin.code.waiting': 'Pedindo um código de login à Microsoft…',
  'signin.code.instructions': 'Em qualquer dispositivo, abra esta página:',
  'signin.code.enter': 'Depois, digite este código:',
  'signin.code.copy': 'Copiar o código',
  'signin.code.copy-url': 'Copiar o endereço',
  'signin.code.expires': 'O código vale por {minutes, plural, =1 {1 minuto} other {# minutos}}. Esta página avança sozinha assim que o login for feito.',

  'signin.signed-in.display-name': 'Nome da conta: {name}',
  'signin.remembered': 'Seu login fica guardado no cofre de senhas deste computador, então testar de novo não exige um novo login.',
  'signin.saved.not-signed-in':
    'As configurações foram salvas, mas este computador não tem mais esse login com a Microsoft: entre novamente antes de testar.',
  'signin.mismatch.title': 'Este não é o endereço que você está testando',

  'signin.failed.title': 'O login não funcionou',
  'signin.failed.details': 'Detalhes para a sua equipe de TI',
  'signin.failed.copy': 'Copiar os detalhes',
  'signin.failed.try-again': 'Tentar novamente',
  'signin.failed.use-browser': 'Entrar pelo navegador',
  'signin.failed.message-for-it': 'O login com a Microsoft de {address} falhou no Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Voltar ao login',
  'signin.help.now': 'Por que não está disponível agora: {reason}',
  'signin.help.reason.no-client-id': 'nenhum registro de aplicativo (ID do cliente) está configurado nesta cópia.',
  'signin.help.reason.invalid-client-id': 'o ID do cliente configurado não é um ID do aplicativo (cliente).',
  'signin.help.reason.cloud-not-supported': 'este tipo de conta (uma nuvem governamental ou nacional) não é compatível com esta versão.',
  'signin.help.reason.invalid-authority': 'o locatário configurado não é um ID nem um domínio de locatário.',
  'signin.help.org-defaults': 'O arquivo de configurações da organização (org-defaults.json) com o seu ID do cliente:',
  'signin.help.admin-consent': 'Para aprovar o app para todos de uma vez, um administrador abre:',
  'signin.help.copy': 'Copiar',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<ID do aplicativo (cliente)>',
  'signin.help.placeholder.tenant': '<ID ou domínio do seu locatário>',

  'signin.result.title': 'O login com a Microsoft não funcionou',
  'signin.result.again': 'Entrar novamente',
};
