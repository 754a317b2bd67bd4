import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** Brazilian Portuguese: findings about “Entrar com a Microsoft” (OAuth 2.0). */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'O Outlook.com exige “Entrar com a Microsoft”',
  'finding.auth.oauth-required.explanation': 'As contas Outlook.com, Hotmail e Live deixaram de aceitar senhas em apps de email em {outlookComEnded}. Senhas de app também não funcionam: só o “Entrar com a Microsoft” funciona.',
  'finding.auth.oauth-required.steps.1': 'Escolha “Entrar com a Microsoft” e entre com a sua conta do Outlook.com.',
  'finding.auth.oauth-required.steps.2': 'Teste novamente.',
  'finding.auth.oauth-required.admin': 'Minha conta pessoal do Outlook.com {address} não aceita mais login com senha para envio (a Microsoft encerrou isso em {outlookComEnded}, e as senhas de app também falham). Vou mudar para o login com a Microsoft (OAuth 2.0). Vocês poderiam garantir que a nossa rede não bloqueia {loginHost}? Nada mais precisa ser alterado do lado de vocês.',

  'finding.auth.oauth-token-rejected.title': 'O login com a Microsoft funcionou, mas o servidor de email o recusou',
  'finding.auth.oauth-token-rejected.explanation': 'Você entrou com a Microsoft, mas o servidor de email não aceitou esse login para esta caixa de correio. Normalmente, a conta usada no login não é a da caixa de correio de onde você envia, ou o envio por apps está desativado para ela.',
  'finding.auth.oauth-token-rejected.steps.1': 'Entre novamente usando exatamente a conta da caixa de correio de onde você envia.',
  'finding.auth.oauth-token-rejected.steps.2': 'Se você envia de uma caixa de correio compartilhada, confirme que tem permissão para usá-la.',
  'finding.auth.oauth-token-rejected.steps.3': 'Se ainda falhar, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-token-rejected.admin': 'O Exchange Online rejeita o login OAuth 2.0 (XOAUTH2) que {sender} faz para {address}, com “535 5.7.3 Authentication unsuccessful”. Vocês poderiam verificar três coisas: se a conta com que eu entro é {address} ou tem direitos sobre ela (caixa de correio compartilhada), se o app tem consentimento para {smtpSendScope} no nosso locatário e se o SMTP autenticado está ativado na caixa de correio (o SMTP AUTH também é necessário com OAuth)?',

  'finding.auth.oauth-account-mismatch.title': 'Você entrou com outra conta',
  'finding.auth.oauth-account-mismatch.explanation': 'A conta Microsoft com que você entrou não é {address}. Tudo bem se for uma caixa de correio compartilhada da qual você pode enviar; caso contrário, entre com a conta da própria caixa de correio.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Se {address} é a sua própria caixa de correio, entre novamente com essa conta.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Se for uma caixa de correio compartilhada, confirme que a TI deu a você permissão para enviar por ela.',
  'finding.auth.oauth-account-mismatch.admin': 'Entrei na Microsoft com uma conta diferente de {address} para enviar dessa caixa de correio por {m365Host}. Vocês poderiam confirmar que a minha conta pode enviar como {address} (Enviar como, ou Acesso Total em uma caixa de correio compartilhada)?',

  'finding.auth.oauth-consent-required.title': 'O app precisa da sua permissão para enviar emails',
  'finding.auth.oauth-consent-required.explanation': 'A Microsoft pediu permissão para que o app envie emails em seu nome, e ela não foi dada. Talvez você possa aceitar ao entrar; caso contrário, a sua equipe de TI precisa permitir.',
  'finding.auth.oauth-consent-required.steps.1': 'Entre novamente e aceite o pedido de permissão, se ele aparecer.',
  'finding.auth.oauth-consent-required.steps.2': 'Se nenhum pedido aparecer, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-consent-required.admin': 'Quando {sender} tenta entrar com a Microsoft, o login falha com AADSTS65001 (o usuário ou o administrador não consentiu o uso do aplicativo). Vocês poderiam conceder consentimento no nosso locatário para a permissão delegada {smtpSendScope} (e offline_access)?',

  'finding.auth.oauth-admin-consent-required.title': 'A sua equipe de TI precisa aprovar o app primeiro',
  'finding.auth.oauth-admin-consent-required.explanation': 'Na sua organização, só administradores de TI podem aprovar apps que usam a sua caixa de correio. Até que um administrador aprove este, o “Entrar com a Microsoft” não consegue terminar.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Quando a TI confirmar, entre novamente.',
  'finding.auth.oauth-admin-consent-required.admin': 'Quando {sender} tenta entrar com a Microsoft, o login para na tela “Need admin approval” (AADSTS90094). Vocês poderiam analisar e conceder o consentimento do administrador para as permissões delegadas {smtpSendScope} e offline_access (configuração abaixo)?',

  'finding.auth.oauth-conditional-access.title': 'Uma regra de login da sua organização bloqueou o login com a Microsoft',
  'finding.auth.oauth-conditional-access.explanation': 'As regras de Acesso Condicional da sua organização bloquearam este login, por exemplo por causa do dispositivo, do local ou do app. A sua equipe de TI pode ver qual regra foi nos logs de entrada.',
  'finding.auth.oauth-conditional-access.steps.1': 'Se você tem um computador ou uma rede da empresa, tente por lá.',
  'finding.auth.oauth-conditional-access.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-conditional-access.admin': 'Quando {sender} tenta entrar com a Microsoft como {address}, o Acesso Condicional bloqueia o login (AADSTS53003). Vocês poderiam verificar nos logs de entrada do Entra (abaixo) qual política bloqueou o login e se é possível liberar o app para o envio de emails?',

  'finding.auth.oauth-mfa-required.title': 'A Microsoft pede uma segunda etapa de login',
  'finding.auth.oauth-mfa-required.explanation': 'Sua conta exige autenticação multifator (por exemplo, um código ou um app autenticador), e o login não a concluiu. Entrar de novo na janela do navegador permite concluir essa etapa.',
  'finding.auth.oauth-mfa-required.steps.1': 'Escolha “Entrar com a Microsoft” de novo e conclua a etapa extra.',
  'finding.auth.oauth-mfa-required.steps.2': 'Se você ainda não configurou uma etapa extra de login, pergunte à TI como fazer isso.',
  'finding.auth.oauth-mfa-required.admin': 'O login com a Microsoft como {address} exige autenticação multifator (AADSTS50076 ou AADSTS50079), que {sender} não concluiu. Vocês poderiam verificar se a minha conta tem um método de MFA registrado e funcionando?',

  'finding.auth.oauth-device-code-blocked.title': 'Entrar com um código está bloqueado na sua organização',
  'finding.auth.oauth-device-code-blocked.explanation': 'Entrar digitando um código em outro dispositivo está bloqueado pelas configurações de segurança da sua organização (padrões de segurança ou uma regra de Acesso Condicional). Entre pela janela do navegador.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Escolha “Entrar com a Microsoft” e use a janela do navegador que abrir, não um código.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Se isso não for possível neste computador, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-device-code-blocked.admin': 'O login com a Microsoft por código de dispositivo está bloqueado para {address}: os padrões de segurança e as políticas de fluxos de autenticação do Acesso Condicional bloqueiam o login por código de dispositivo. Vou usar o login pelo navegador (código de autorização com PKCE). Vocês poderiam me dizer se ele também está bloqueado, ou excluir {sender} do bloqueio de código de dispositivo, caso esse código seja indispensável?',

  'finding.auth.oauth-sign-in-again.title': 'Entre com a Microsoft novamente',
  'finding.auth.oauth-sign-in-again.explanation': 'O login com a Microsoft salvo expirou ou foi revogado, por exemplo depois de uma troca de senha. Entrar novamente resolve.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Escolha “Entrar com a Microsoft” e entre novamente.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Teste novamente.',
  'finding.auth.oauth-sign-in-again.admin': 'O login com a Microsoft que {sender} tinha salvo para {address} parou de funcionar (o token de atualização expirou ou foi revogado, por exemplo AADSTS700082 ou AADSTS50173). Já entrei novamente. Por favor, me avisem se alguma política encurta a duração dos logins em apps de email.',

  'finding.auth.oauth-unreachable.title': 'A página de login da Microsoft está inacessível',
  'finding.auth.oauth-unreachable.explanation': 'Este computador não conseguiu acessar o serviço de login da Microsoft ({loginHost}), então o “Entrar com a Microsoft” não consegue começar. Normalmente, a causa é a conexão com a internet, um proxy ou um firewall.',
  'finding.auth.oauth-unreachable.steps.1': 'Confira se os sites abrem e tente novamente.',
  'finding.auth.oauth-unreachable.steps.2': 'Se você usa VPN ou proxy, tente sem.',
  'finding.auth.oauth-unreachable.steps.3': 'Se ainda falhar, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-unreachable.admin': 'Meu computador não consegue acessar {loginHost} via HTTPS, então o login com a Microsoft para {sender} não consegue começar. Vocês poderiam verificar se o nosso firewall ou proxy bloqueia esse endereço?',

  'finding.auth.oauth-not-configured.title': 'O login com a Microsoft não está configurado neste app',
  'finding.auth.oauth-not-configured.explanation': 'O app não tem um registro de aplicativo da Microsoft válido para a sua organização, então o “Entrar com a Microsoft” não pode ser usado. A sua equipe de TI configura isso uma única vez para todos.',
  'finding.auth.oauth-not-configured.steps.1': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.oauth-not-configured.steps.2': 'Até lá, uma senha ainda pode funcionar, se a sua organização permitir.',
  'finding.auth.oauth-not-configured.admin': 'O Mail Setup Assistant que eu uso não tem o login com a Microsoft configurado. Vocês poderiam registrá-lo no Microsoft Entra ID (plataforma “Aplicativos móveis e da área de trabalho”, redirecionamento http://localhost, permissões delegadas {smtpSendScope} e offline_access) e colocar o ID do cliente e o locatário no arquivo de padrões da organização do app?',

  'finding.auth.oauth-cancelled.title': 'O login foi cancelado',
  'finding.auth.oauth-cancelled.explanation': 'A janela de login da Microsoft foi fechada, ou o pedido foi recusado, antes de terminar. Nada foi alterado.',
  'finding.auth.oauth-cancelled.steps.1': 'Escolha “Entrar com a Microsoft” de novo e conclua o login no navegador.',
  'finding.auth.oauth-cancelled.steps.2': 'Se a janela do navegador não abriu, confira se há um navegador padrão definido.',
  'finding.auth.oauth-cancelled.admin': 'O login com a Microsoft para {address} foi cancelado antes de terminar. Podem ignorar esta mensagem, a menos que isso continue acontecendo; nesse caso, envio os detalhes.',
};
