import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** Brazilian Portuguese: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the browser shows after signing in.
  'oauth.page.success.title': 'Login concluído',
  'oauth.page.success.body': 'Você pode fechar esta guia e voltar ao Mail Setup Assistant.',
  'oauth.page.error.title': 'O login não foi concluído',
  'oauth.page.error.body': 'Nada foi alterado. Feche esta guia, volte ao Mail Setup Assistant e tente novamente.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'Aguardando você entrar pelo navegador…',
  'oauth.progress.device-code': 'Para entrar, abra {url} e digite o código {code}',
  'oauth.progress.cancel': 'Cancelar',
  'oauth.account.signed-in': 'Login feito com a Microsoft como {username}.',
  'oauth.account.use-different': 'Usar outra conta',
  'oauth.account.mismatch':
    'Você entrou como {username}, mas o endereço a testar é {address}. O teste faz login como {username}: isso só funciona se {username} puder enviar como {address} (por exemplo, em uma caixa de correio compartilhada). Se esta for a conta errada, saia e entre novamente.',
  'oauth.account.not-remembered': 'Seu login funciona por enquanto, mas não pode ser salvo neste computador: {reason}',
  'oauth.cli.browser-hint': 'Se nenhuma janela do navegador abriu, abra este endereço manualmente: {url}',
  'oauth.cli.signed-out': 'Você saiu da conta {username}: o login foi removido do cofre de senhas deste computador.',
  'oauth.cli.not-signed-in': 'Nenhum login com a Microsoft de {username} está salvo neste computador.',
  'oauth.cli.sign-in-failed': 'Falha no login com a Microsoft: {words}',

  // One plain sentence per failure; the catalogue adds the IT messages.
  'oauth.failure.not-configured':
    'O login com a Microsoft não está configurado nesta cópia do app. A sua equipe de TI pode ativá-lo: veja “Login com a Microsoft: guia para a TI”.',
  'oauth.failure.cloud-not-supported': 'O login com a Microsoft para este tipo de conta não é compatível com esta versão do app.',
  'oauth.failure.cancelled': 'O login foi interrompido antes de terminar. Nada foi alterado.',
  'oauth.failure.timed-out': 'O login foi interrompido porque não terminou em {timeout}. Tente novamente quando puder.',
  'oauth.failure.consent-required': 'Este app ainda não tem permissão para enviar emails pela sua conta. Entre novamente e aceite o pedido, ou fale com a sua equipe de TI.',
  'oauth.failure.admin-consent-required': 'Sua organização exige que um administrador aprove este app antes que você possa entrar. Fale com a sua equipe de TI.',
  'oauth.failure.conditional-access': 'As regras de login da sua organização não permitem este login daqui. Fale com a sua equipe de TI.',
  'oauth.failure.mfa-required': 'Sua organização pede uma verificação extra no login (por exemplo, um código no celular). Entre novamente para concluí-la.',
  'oauth.failure.sign-in-again': 'Seu login com a Microsoft salvo expirou ou foi removido. Entre novamente.',
  'oauth.failure.device-code-blocked':
    'Sua organização não permite entrar com um código. Entre pelo navegador (a maioria das organizações criadas desde {deviceCodeBlockedFrom} bloqueia os códigos de login).',
  'oauth.failure.unreachable': 'Este computador não consegue acessar o serviço de login da Microsoft. Confira a conexão com a internet e tente novamente.',
  'oauth.failure.server-error': 'O serviço de login da Microsoft respondeu com um erro. Tente novamente; se continuar acontecendo, envie os detalhes para a sua equipe de TI.',

  // In-app help page for IT (Microsoft Entra admin center labels as in its pt-BR UI).
  'oauth.help.title': 'Login com a Microsoft: guia para a TI',
  'oauth.help.intro':
    'O Mail Setup Assistant faz login com a Microsoft pelo registro de aplicativo da própria organização. Nenhum ID de cliente de outro produto é usado. Registre o app uma vez e depois informe o ID do cliente a quem vai usar o app.',
  'oauth.help.step.register': 'No Centro de administração do Microsoft Entra, abra Registros de aplicativo e escolha Novo registro.',
  'oauth.help.step.account-types':
    'Tipos de conta com suporte: “Contas somente neste diretório organizacional” ou “Contas em qualquer diretório organizacional” para o Microsoft 365; escolha “…e contas pessoais Microsoft” se as pessoas também testarem endereços do Outlook.com.',
  'oauth.help.step.platform': 'Adicione a plataforma “Aplicativos móveis e da área de trabalho” com o URI de redirecionamento http://localhost.',
  'oauth.help.step.public-client': 'Ative “Permitir fluxos de clientes públicos” só se quiser a alternativa de login por código (código de dispositivo).',
  'oauth.help.step.permission':
    'Permissões de API: adicione a permissão delegada SMTP.Send de “Office 365 Exchange Online” (offline_access é solicitado junto).',
  'oauth.help.step.consent': 'Conceda o consentimento do administrador para a sua organização, se as pessoas não puderem consentir apps por conta própria.',
  'oauth.help.step.deploy':
    'Coloque o ID do aplicativo (cliente) em org-defaults.json, dentro de "oauth", como "clientId" (e o ID ou o domínio do seu locatário como "tenant"), ou compile o app com MSA_OAUTH_CLIENT_ID definido.',
  'oauth.help.step.smtp-auth': 'O SMTP AUTH ainda precisa estar permitido em cada caixa de correio que envia dessa forma.',
  'oauth.help.browser-closed':
    'Se alguém fechar a guia do navegador sem entrar, o app não tem como saber: o login é interrompido depois de {timeout}, ou na hora, se a pessoa clicar em Cancelar.',
};
