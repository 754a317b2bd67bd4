import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** Brazilian Portuguese: findings about signing in with a password. */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'O envio por apps está desativado na sua organização',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'Sua organização desativou o login de apps para envio de emails (“SMTP AUTH”) em todas as caixas de correio. O problema não é a sua senha: só a sua equipe de TI pode ativar esse recurso para a sua caixa de correio.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Não troque sua senha: ela não é a causa.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Teste novamente quando a TI confirmar a alteração.',
  'finding.auth.smtp-auth-disabled-tenant.admin': 'Vocês poderiam, por favor, ativar o SMTP autenticado na minha caixa de correio {address}, para que {sender} possa enviar emails? O SMTP AUTH está desativado para a nossa organização (SmtpClientAuthenticationDisabled), e a configuração da caixa de correio tem prioridade sobre a da organização. O login com a Microsoft (OAuth) para envio também precisa dessa configuração.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'O envio por apps está desativado na sua caixa de correio',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'A configuração “SMTP autenticado” está desativada na sua caixa de correio, então o servidor recusa todo app que faz login para enviar. Só a sua equipe de TI pode ativá-la.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Não troque sua senha: ela não é a causa.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Teste novamente quando a TI confirmar a alteração.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': 'Vocês poderiam, por favor, ativar o SMTP autenticado na minha caixa de correio {address}, para que {sender} possa enviar emails? O servidor informa que a autenticação de cliente SMTP está desativada para a caixa de correio.',

  'finding.auth.basic-auth-disabled.title': 'O login com senha está bloqueado',
  'finding.auth.basic-auth-disabled.explanation': 'Sua organização bloqueia o login com senha (“autenticação básica”) para envio por apps; use “Entrar com a Microsoft”. A partir do fim de {basicOffMonth}, ele fica desativado por padrão nas organizações existentes; por enquanto, a TI ainda pode reativá-lo.',
  'finding.auth.basic-auth-disabled.steps.1': 'Escolha “Entrar com a Microsoft” neste app e teste novamente.',
  'finding.auth.basic-auth-disabled.steps.2': 'Senhas de app não resolvem: elas também são login com senha.',
  'finding.auth.basic-auth-disabled.steps.3': 'Se o seu dispositivo não puder usar o login com a Microsoft, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.basic-auth-disabled.admin': 'A autenticação por senha (básica) para SMTP está bloqueada na minha caixa de correio {address} (535 5.7.139 “basic authentication is disabled”). Vou passar {sender} para o login com a Microsoft (OAuth 2.0). Vocês poderiam confirmar que esse login é permitido no nosso locatário (talvez seja preciso o consentimento do administrador) e que o SMTP autenticado continua ativado na minha caixa de correio? Se a autenticação básica precisar continuar por enquanto, uma política de autenticação pode estar bloqueando-a (veja abaixo; Set-AuthenticationPolicy -AllowBasicAuthSmtp). A partir do fim de {basicOffMonth}, a Microsoft desativa por padrão a autenticação básica do SMTP AUTH nos locatários existentes (locatários criados depois não a têm); por enquanto, os administradores podem reativá-la, e o anúncio da data de remoção definitiva está previsto para {finalDateHalf}. Por isso, o OAuth é a solução duradoura.',

  'finding.auth.basic-auth-removed.title': 'O servidor não aceita senhas para envio',
  'finding.auth.basic-auth-removed.explanation': 'O Exchange Online respondeu que o login com senha (autenticação básica) não é aceito para envio por apps nesta caixa de correio. O “Entrar com a Microsoft” funciona.',
  'finding.auth.basic-auth-removed.steps.1': 'Escolha “Entrar com a Microsoft” neste app e teste novamente.',
  'finding.auth.basic-auth-removed.steps.2': 'Se um dispositivo não conseguir entrar com a Microsoft, peça à TI outra forma de envio, como a retransmissão por conector.',
  'finding.auth.basic-auth-removed.admin': 'O Exchange Online recusou o login com senha de {address} com “550 5.7.30 Basic authentication is not supported for Client Submission”. Vou passar {sender} para o login com a Microsoft (OAuth 2.0). Vocês poderiam confirmar que esse login é permitido no nosso locatário? Dispositivos que não podem usar OAuth precisam de outro caminho: High Volume Email (só destinatários internos), Azure Communication Services Email, retransmissão por um conector de entrada ou Envio Direto (só destinatários internos).',

  'finding.auth.security-defaults.title': 'As configurações de segurança da sua organização bloqueiam o login de apps',
  'finding.auth.security-defaults.explanation': 'Os “padrões de segurança” da Microsoft estão ativados na sua organização e bloqueiam o login com senha em apps de email. Use “Entrar com a Microsoft”.',
  'finding.auth.security-defaults.steps.1': 'Escolha “Entrar com a Microsoft” neste app e teste novamente.',
  'finding.auth.security-defaults.steps.2': 'Se o seu dispositivo não puder usar o login com a Microsoft, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.security-defaults.admin': 'Meu login SMTP como {address} é recusado com “user is locked by your organization’s security defaults policy”. Os padrões de segurança bloqueiam a autenticação básica para SMTP. Vou passar {sender} para o login com a Microsoft (OAuth 2.0). Vocês poderiam confirmar que esse login é permitido no nosso locatário e que o SMTP autenticado está ativado na minha caixa de correio? O SMTP básico só voltaria a funcionar se os padrões de segurança fossem substituídos por políticas de Acesso Condicional (configuração abaixo), o que enfraquece a segurança; por isso, não recomendo.',

  'finding.auth.conditional-access.title': 'Uma regra de login da sua organização bloqueou este login',
  'finding.auth.conditional-access.explanation': 'Sua organização tem regras de login (Acesso Condicional ou autenticação multifator), e este login não as cumpriu. A sua equipe de TI pode ver o motivo exato nos logs de entrada.',
  'finding.auth.conditional-access.steps.1': 'Escolha “Entrar com a Microsoft” neste app: ele consegue concluir o login com autenticação multifator.',
  'finding.auth.conditional-access.steps.2': 'Se ainda assim falhar, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.conditional-access.admin': 'Quando {sender} faz login no SMTP como {address}, o login falha com “the request did not meet the criteria to be authenticated successfully”. Vocês poderiam verificar nos logs de entrada do Microsoft Entra da minha conta (abaixo) qual política de Acesso Condicional ou exigência de MFA o bloqueou? Prefiro usar o login com a Microsoft (OAuth 2.0) a uma exceção para a autenticação herdada.',

  'finding.auth.bad-credentials.title': 'O nome de usuário ou a senha estão incorretos',
  'finding.auth.bad-credentials.explanation': 'O servidor não aceitou o nome de usuário e a senha. No Microsoft 365, o nome de usuário é o seu endereço de email completo.',
  'finding.auth.bad-credentials.steps.1': 'Digite seu endereço de email completo como nome de usuário.',
  'finding.auth.bad-credentials.steps.2': 'Digite a senha de novo com cuidado (confira o Caps Lock). Entrar em outlook.office.com mostra se ela está certa.',
  'finding.auth.bad-credentials.steps.3': 'Se você usa uma senha de app, crie uma nova ou, melhor ainda, escolha “Entrar com a Microsoft”.',
  'finding.auth.bad-credentials.admin': 'Quando {sender} faz login no SMTP como {address}, o login é recusado (“the user credentials were incorrect” ou “535 5.7.3 Authentication unsuccessful”), embora eu já tenha conferido minha senha. Vocês poderiam verificar se a minha conta está bloqueada ou se a minha senha expirou, e se o SMTP autenticado está ativado na minha caixa de correio?',

  'finding.auth.federation-failure.title': 'O serviço de login da sua organização não respondeu',
  'finding.auth.federation-failure.explanation': 'Sua organização faz o seu login por um serviço próprio, e a Microsoft não conseguiu acessá-lo ou usá-lo. O problema está do lado da sua organização, não na sua senha.',
  'finding.auth.federation-failure.steps.1': 'Aguarde alguns minutos e teste novamente.',
  'finding.auth.federation-failure.steps.2': 'Se continuar falhando, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.federation-failure.admin': 'O login SMTP de {address} falha com “federated STS service was unreachable” (ou “the federated STS URL does not support HTTPS”). Vocês poderiam verificar se o nosso serviço de federação (AD FS ou o nosso provedor de identidade) está acessível a partir do Microsoft 365 via HTTPS?',

  'finding.auth.rejected.title': 'O servidor recusou o login',
  'finding.auth.rejected.explanation': 'O servidor de email recusou o seu login sem dar um motivo que este app reconheça. A resposta exata dele vai na mensagem para a sua equipe de TI.',
  'finding.auth.rejected.steps.1': 'Confira seu nome de usuário (seu endereço de email completo) e sua senha.',
  'finding.auth.rejected.steps.2': 'Escolha “Entrar com a Microsoft”, se a sua conta permitir.',
  'finding.auth.rejected.steps.3': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.auth.rejected.admin': 'Quando {sender} faz login no SMTP do servidor {host} como {address}, o login é recusado. Vocês poderiam verificar se o SMTP autenticado está ativado na minha caixa de correio e se alguma política de login o bloqueia (os logs de entrada do Microsoft Entra mostram o motivo)?',

  'finding.auth.unexpected-reply.title': 'O servidor respondeu ao login de um jeito inesperado',
  'finding.auth.unexpected-reply.explanation': 'O servidor de email não disse sim nem não ao seu login: deu uma resposta que não é um login bem-sucedido. Por isso, este app não tem como saber se a sua senha funciona e não vai salvá-la.',
  'finding.auth.unexpected-reply.steps.1': 'Não troque sua senha por causa disso: ela pode muito bem estar certa.',
  'finding.auth.unexpected-reply.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI, que pode verificar o servidor de email.',
  'finding.auth.unexpected-reply.admin': 'Quando faço login no servidor {host} na porta {port} como {address}, o servidor encerra a troca AUTH com uma resposta diferente de 235, então o cliente não pode considerar o login bem-sucedido (RFC 4954, seção 6: 235 significa autenticação bem-sucedida). Vocês poderiam verificar o servidor, e qualquer coisa entre nós que reescreva o SMTP (um proxy ou a proteção de email de um antivírus), em busca da resposta citada abaixo?',

  'finding.auth.mechanism-unsupported.title': 'O servidor não aceita o método de login do app',
  'finding.auth.mechanism-unsupported.explanation': 'O app tentou um método de login que o servidor não oferece. Os servidores da Microsoft aceitam apenas LOGIN e o login com a Microsoft (XOAUTH2), nunca PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Envie por {m365Host}: o endereço {mxSuffix} da organização não aceita nenhum tipo de login.',
  'finding.auth.mechanism-unsupported.steps.2': 'Nas configurações do app, escolha “Entrar com a Microsoft” ou o método de senha LOGIN.',
  'finding.auth.mechanism-unsupported.admin': 'Quando {sender} tenta fazer login, o servidor {host} responde “504 5.7.4 Unrecognized authentication type”. O Microsoft 365 oferece AUTH LOGIN e XOAUTH2 em {m365Host}, porta {m365Port}, depois do STARTTLS. Vocês poderiam me ajudar a configurar dessa forma?',

  'finding.auth.not-offered.title': 'O servidor não ofereceu login',
  'finding.auth.not-offered.explanation': 'Depois que a conexão foi protegida, o servidor não listou nenhum método de login, então sua conta não pôde ser verificada. Talvez o servidor seja uma retransmissão que não usa login, ou o nome esteja errado.',
  'finding.auth.not-offered.steps.1': 'No Microsoft 365, use {m365Host}, porta {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Se você envia por uma retransmissão (um endereço {mxSuffix} na porta 25), escolha a opção sem login.',
  'finding.auth.not-offered.admin': 'O servidor {host} na porta {port} não oferece AUTH depois do STARTTLS, então minha conta não consegue fazer login. Vocês poderiam me dizer se este é o servidor certo para envio autenticado ou se devo usar {m365Host} na porta {m365Port}?',

  'finding.auth.required.title': 'O servidor exige login primeiro',
  'finding.auth.required.explanation': 'O servidor se recusou a enviar porque o app não tinha feito login. Ou nenhum login foi configurado, ou o login falhou antes desta etapa.',
  'finding.auth.required.steps.1': 'Ative o login (“Meu servidor requer autenticação”) com o seu endereço de email completo.',
  'finding.auth.required.steps.2': 'Defina a segurança como STARTTLS: a Microsoft só oferece login em conexão protegida.',
  'finding.auth.required.steps.3': 'Se um erro de login apareceu antes deste, corrija aquele primeiro.',
  'finding.auth.required.admin': 'O servidor {host} responde “530 5.7.57 Client not authenticated to send mail” para {sender}. Vou ativar a autenticação. Se não for possível fazer login, vocês poderiam configurar o Envio Direto ou a retransmissão por conector?',
};
