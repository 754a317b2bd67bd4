import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** Brazilian Portuguese: findings about sending, relay, the tenant and unknown replies. */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'A resposta foi: “{quote}”',

  // send
  'finding.send.send-as-denied.title': 'Você não tem permissão para enviar deste endereço',
  'finding.send.send-as-denied.explanation': 'O endereço do remetente (De) é diferente da caixa de correio com que você entrou, e você não tem a permissão “Enviar como” para ele.',
  'finding.send.send-as-denied.steps.1': 'Envie do endereço com que você entra e teste novamente.',
  'finding.send.send-as-denied.steps.2': 'Para enviar como outro endereço (por exemplo, uma caixa de correio compartilhada), peça à TI a permissão “Enviar como”.',
  'finding.send.send-as-denied.admin': 'Vocês poderiam conceder à minha conta {address} a permissão “Enviar como” na caixa de correio da qual preciso enviar? O Exchange Online recusa o envio com 5.7.60 ou 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'A Microsoft reteve seu email como possível spam',
  'finding.send.outbound-spam.explanation': 'A proteção contra spam da Microsoft impediu esta conta de enviar. Isso acontece muito com contas novas ou não verificadas, ou depois de enviar muitos emails.',
  'finding.send.outbound-spam.steps.1': 'Entre em outlook.com (ou outlook.office.com) pelo navegador e conclua qualquer verificação solicitada.',
  'finding.send.outbound-spam.steps.2': 'Aguarde algumas horas e envie menos mensagens de uma vez.',
  'finding.send.outbound-spam.steps.3': 'Se continuar acontecendo, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.outbound-spam.admin': 'Os emails de {address} são rejeitados com “OutboundSpamException” (classificados como spam de saída). Vocês poderiam verificar se a conta está restrita ou comprometida, ou se precisa de verificação?',

  'finding.send.quota-exceeded.title': 'Você atingiu o limite de envio de hoje',
  'finding.send.quota-exceeded.explanation':
    'A Microsoft permite até {recipientsPerDay} destinatários por dia em cada caixa de correio, e a sua atingiu esse limite. Ele é zerado em até {quotaWindow}.',
  'finding.send.quota-exceeded.steps.1': 'Aguarde até {quotaWindow} e envie novamente.',
  'finding.send.quota-exceeded.steps.2': 'Se você não enviou tantos emails, avise a TI imediatamente: alguém pode estar usando a sua conta indevidamente.',
  'finding.send.quota-exceeded.admin': 'Minha caixa de correio {address} atingiu o limite de envio do Exchange Online (SubmissionQuotaExceededException ou “5.2.2 Submission quota exceeded”; {recipientsPerDay} destinatários por dia). Vocês poderiam verificar se esse volume é esperado ou se a conta pode estar comprometida?',

  'finding.send.mailbox-full.title': 'Sua caixa de correio está cheia',
  'finding.send.mailbox-full.explanation': 'Os emails enviados ficam salvos em Itens Enviados, e a sua caixa de correio não tem mais espaço. O servidor se recusa a enviar até que haja espaço livre.',
  'finding.send.mailbox-full.steps.1': 'Exclua emails antigos, principalmente itens grandes em Itens Enviados, e depois esvazie a pasta Itens Excluídos.',
  'finding.send.mailbox-full.steps.2': 'Teste novamente.',
  'finding.send.mailbox-full.steps.3': 'Peça à TI mais espaço ou uma limpeza automática de Itens Enviados.',
  'finding.send.mailbox-full.admin': 'Minha caixa de correio {address} está cheia, então o envio falha (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). Vocês poderiam me ajudar a liberar espaço ou aplicar uma política de retenção a Itens Enviados?',

  'finding.send.recipient-mailbox-full.title': 'A caixa de correio do destinatário está cheia',
  'finding.send.recipient-mailbox-full.explanation': 'A pessoa para quem você escreveu está sem espaço na caixa de correio, então o servidor de email dela recusou a mensagem. Não há nada de errado com a sua conta nem com as suas configurações.',
  'finding.send.recipient-mailbox-full.steps.1': 'Tente de novo mais tarde ou fale com a pessoa de outra forma.',
  'finding.send.recipient-mailbox-full.steps.2': 'Não há nada para mudar nas suas configurações.',
  'finding.send.recipient-mailbox-full.admin': 'Uma mensagem de {address} voltou porque a caixa de correio do destinatário está cheia (5.2.2 do servidor de destino). Pelo que entendo, nada precisa mudar do nosso lado; por favor, me avisem se vocês virem algo diferente.',

  'finding.send.message-too-large.title': 'A mensagem é grande demais',
  'finding.send.message-too-large.explanation': 'O servidor recusou a mensagem porque ela é maior do que ele aceita, geralmente por causa de anexos grandes ou de digitalizações.',
  'finding.send.message-too-large.steps.1': 'Envie anexos menores ou compartilhe um link para o arquivo.',
  'finding.send.message-too-large.steps.2': 'No scanner, digitalize com resolução menor ou em preto e branco.',
  'finding.send.message-too-large.admin': 'Os emails que {sender} envia são rejeitados por serem grandes demais (uma resposta de tamanho de mensagem 5.2.3 ou 5.3.4). Vocês poderiam me dizer qual limite de tamanho vale para a minha caixa de correio e para o destinatário, ou aumentá-lo, se for o caso?',

  'finding.send.concurrency-limit.title': 'Conexões demais ao mesmo tempo',
  'finding.send.concurrency-limit.explanation': 'A Microsoft permite no máximo {concurrentConnections} conexões enviando ao mesmo tempo de uma caixa de correio. Provavelmente, outro app ou dispositivo está enviando da sua caixa de correio agora.',
  'finding.send.concurrency-limit.steps.1': 'Aguarde um momento e teste novamente.',
  'finding.send.concurrency-limit.steps.2': 'Feche outros apps ou dispositivos que enviam desta caixa de correio ao mesmo tempo.',
  'finding.send.concurrency-limit.admin': 'Minha caixa de correio {address} recebe “432 4.3.2 Concurrent connections limit exceeded” (o Exchange Online permite {concurrentConnections} conexões de envio por caixa de correio). Vocês poderiam verificar quais apps ou dispositivos enviam desta caixa de correio ao mesmo tempo?',

  'finding.send.throttled.title': 'O envio foi pausado nesta caixa de correio após erros repetidos',
  'finding.send.throttled.explanation': 'A Microsoft pausou o envio por apps nesta caixa de correio porque o mesmo erro continuou acontecendo. Corrija o erro anterior; depois disso, a pausa termina sozinha.',
  'finding.send.throttled.steps.1': 'Encontre e corrija o erro anterior, por exemplo uma caixa de correio cheia ou um endereço de remetente errado.',
  'finding.send.throttled.steps.2': 'Pare qualquer app que fique tentando de novo.',
  'finding.send.throttled.steps.3': 'Aguarde. Se for urgente, pergunte à TI se você pode enviar de outra caixa de correio.',
  'finding.send.throttled.admin': 'O Exchange Online limitou o SMTP AUTH de {address} após erros contínuos (550 5.2.251 a 5.2.255). O suporte da Microsoft não consegue suspender essa limitação: ela termina depois que a causa (caixa de correio cheia, Enviar como negado, licença inválida, destinatários demais ou inválidos) é corrigida e o período de limitação acaba. Vocês poderiam me ajudar a encontrar a causa?',

  'finding.send.restricted-sender.title': 'Sua conta está impedida de enviar',
  'finding.send.restricted-sender.explanation': 'A Microsoft impediu esta conta de enviar, geralmente porque ela enviou spam, o que muitas vezes significa que outra pessoa a usou. A sua equipe de TI precisa desbloqueá-la.',
  'finding.send.restricted-sender.steps.1': 'Troque sua senha agora.',
  'finding.send.restricted-sender.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.restricted-sender.admin': 'Minha conta {address} está impedida de enviar (550 5.1.8 Access denied, bad outbound sender), então provavelmente está na lista de Entidades restritas. Vocês poderiam verificar se a conta foi comprometida, redefinir a senha e liberá-la?',

  'finding.send.spam-blocked.title': 'A Microsoft recusou este email como spam',
  'finding.send.spam-blocked.explanation': 'O sistema antispam da Microsoft recusou esta mensagem ou o endereço de onde ela veio. A sua equipe de TI pode ver o motivo e pedir a remoção.',
  'finding.send.spam-blocked.steps.1': 'Não envie a mesma mensagem várias vezes.',
  'finding.send.spam-blocked.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.spam-blocked.admin': 'Os emails de {address} são recusados pelo Exchange Online com uma resposta antispam “Access denied” (5.7.501 a 5.7.511). Vocês poderiam consultar o código na referência de NDRs da Microsoft e, se o nosso endereço IP ou domínio estiver banido, pedir a remoção da lista?',

  'finding.send.ip-blocklisted.title': 'O endereço de onde seu email sai está em uma lista de bloqueio',
  'finding.send.ip-blocklisted.explanation': 'O serviço de email de destino bloqueia o endereço de internet (IP) de onde o seu email é enviado, porque ele está em uma lista de bloqueio de spam. Só a TI, ou o provedor desse endereço, consegue removê-lo da lista.',
  'finding.send.ip-blocklisted.steps.1': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.ip-blocklisted.steps.2': 'Não envie a mesma mensagem várias vezes.',
  'finding.send.ip-blocklisted.admin': 'Os emails que {sender} envia são recusados porque o nosso endereço IP de envio está em uma lista de bloqueio (por exemplo, 5.7.606–5.7.649 “banned sending IP”, ou uma lista de bloqueio de DNS). Vocês poderiam descobrir por que o endereço está na lista, corrigir a causa e pedir a remoção? O portal de remoção da Microsoft é {delistPortal}.',

  'finding.send.from-rejected.title': 'O endereço do remetente da mensagem foi recusado',
  'finding.send.from-rejected.explanation': 'A linha De da mensagem está faltando, é inválida ou não passou na verificação do domínio do remetente (DMARC). É preciso corrigir o app ou as configurações do seu domínio.',
  'finding.send.from-rejected.steps.1': 'Verifique se o app envia com o seu próprio endereço de email como remetente.',
  'finding.send.from-rejected.steps.2': 'Se você usa o domínio próprio da sua organização, peça à TI para verificar os registros SPF, DKIM e DMARC dele.',
  'finding.send.from-rejected.admin': 'Os emails de {address} são rejeitados com 5.7.509 (DMARC) ou 5.7.512 (cabeçalho From fora do padrão RFC 5322). Vocês poderiam verificar as configurações de SPF, DKIM e DMARC do nosso domínio e o cabeçalho From que o app de envio usa?',

  'finding.send.temporary-restriction.title': 'A Microsoft está segurando os emails por enquanto',
  'finding.send.temporary-restriction.explanation': 'A Microsoft limitou temporariamente o envio a partir desta conexão, muitas vezes depois de um aumento repentino de emails. Geralmente, isso se resolve sozinho.',
  'finding.send.temporary-restriction.steps.1': 'Aguarde e tente de novo mais tarde.',
  'finding.send.temporary-restriction.steps.2': 'Se durar mais de um dia, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.temporary-restriction.admin': 'O envio de {address} recebe “451 4.7.500-699 Access denied, please try again later”. Vocês poderiam verificar se o nosso endereço IP está sendo limitado e se enviamos de um endereço onmicrosoft.com (esses têm limites) ou precisamos de um conector?',

  'finding.send.recipient-rejected.title': 'O endereço do destinatário foi recusado',
  'finding.send.recipient-rejected.explanation': 'O servidor recusou o endereço para o qual você estava enviando. Talvez ele esteja digitado errado ou não exista.',
  'finding.send.recipient-rejected.steps.1': 'Confira se há erros de digitação no endereço do destinatário.',
  'finding.send.recipient-rejected.steps.2': 'Na mensagem de teste, envie para o seu próprio endereço.',
  'finding.send.recipient-rejected.admin': 'O Exchange Online recusa o destinatário quando envio de {address}. Vocês poderiam verificar se o destinatário existe e se alguma regra de fluxo de emails o bloqueia?',

  'finding.send.forwarding-blocked.title': 'Sua organização não permite encaminhar para fora',
  'finding.send.forwarding-blocked.explanation': 'Uma mensagem encaminhada automaticamente (por uma regra de encaminhamento) para um endereço externo foi bloqueada pelas configurações de segurança da sua organização.',
  'finding.send.forwarding-blocked.steps.1': 'Se você criou uma regra de encaminhamento, remova-a ou pergunte à TI se ela é permitida.',
  'finding.send.forwarding-blocked.steps.2': 'Se o encaminhamento for necessário para o trabalho, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.forwarding-blocked.admin': 'O encaminhamento automático de {address} para um endereço externo está bloqueado (550 5.7.520 “Your organization does not allow external forwarding”). Vocês poderiam verificar a política de spam de saída (configuração abaixo) e me dizer se esse encaminhamento pode ser permitido?',

  'finding.send.smtputf8-unsupported.title': 'O servidor não aceita este endereço',
  'finding.send.smtputf8-unsupported.explanation': 'O endereço tem letras fora do alfabeto inglês básico antes do @ (por exemplo, ü ou é), e o servidor não aceita esse tipo de endereço.',
  'finding.send.smtputf8-unsupported.steps.1': 'Se a caixa de correio tiver um endereço só com letras simples (um alias), envie por ele.',
  'finding.send.smtputf8-unsupported.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.send.smtputf8-unsupported.admin': 'O envio com o endereço {address} falha porque ele tem caracteres não ASCII antes do @, e o servidor {host} não oferece SMTPUTF8. Vocês poderiam criar para a caixa de correio um alias só com caracteres ASCII para o envio, ou me dizer qual servidor aceita endereços internacionalizados?',

  'finding.send.failed-no-detail.title': 'Seu app de email não conseguiu enviar e não disse por quê',
  'finding.send.failed-no-detail.explanation': 'O app de email informou que o envio falhou, mas não mostrou a resposta do servidor. Testando aqui, você vê exatamente qual etapa falha.',
  'finding.send.failed-no-detail.steps.1': 'Teste suas configurações com este app: escolha o tipo de conta e teste.',
  'finding.send.failed-no-detail.steps.2': 'Confira o servidor de saída: no Microsoft 365, é {m365Host}, porta {m365Port}, STARTTLS, com o seu endereço completo como nome de usuário.',
  'finding.send.failed-no-detail.steps.3': 'Se o teste aqui funcionar, remova a conta do app de email e adicione-a de novo.',
  'finding.send.failed-no-detail.admin': 'O envio com {sender} falha com uma mensagem que não informa o motivo (a resposta do servidor não aparece). Vocês poderiam verificar os logs de entrada do Entra e o rastreamento de mensagens de {address}, ou me dizer de quais detalhes precisam?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'O Microsoft 365 da sua organização está impedido de enviar',
  'finding.tenant.blocked.explanation': 'A Microsoft restringiu o envio para a sua organização inteira, por exemplo por ser uma assinatura nova ou de avaliação, ou por haver domínios não verificados. Só a sua equipe de TI e a Microsoft podem suspender essa restrição.',
  'finding.tenant.blocked.steps.1': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.tenant.blocked.admin': 'O Exchange Online rejeita os nossos emails com um bloqueio no nível do locatário (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP ou 5.7.750 unregistered domains). Vocês poderiam verificar os nossos domínios (abaixo) e entrar em contato com o suporte da Microsoft para suspender a restrição?',

  'finding.relay.tenant-attribution.title': 'O conector de retransmissão não reconhece este remetente',
  'finding.relay.tenant-attribution.explanation': 'Os emails enviados pela retransmissão da sua organização não estão sendo associados ao conector dela. Normalmente, o endereço IP ou o certificado de envio mudou.',
  'finding.relay.tenant-attribution.steps.1': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.relay.tenant-attribution.admin': 'A retransmissão falha com “5.7.64 TenantAttribution; Relay Access Denied”: o conector de entrada não corresponde ao nosso endereço IP ou certificado de envio. Vocês poderiam atualizar o conector?',

  'finding.relay.direct-send-rejected.title': 'Sua organização não permite o Envio Direto',
  'finding.relay.direct-send-rejected.explanation': 'Este dispositivo envia sem fazer login (“Envio Direto”), e a sua organização desativou essa opção. Ele precisa fazer login ou usar um conector.',
  'finding.relay.direct-send-rejected.steps.1': 'Se o dispositivo puder fazer login, use {m365Host}, porta {m365Port}, STARTTLS com login.',
  'finding.relay.direct-send-rejected.steps.2': 'Caso contrário, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.relay.direct-send-rejected.admin': 'O Envio Direto (Direct Send) do nosso dispositivo é rejeitado (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), então o RejectDirectSend está ativado para a nossa organização. Vocês poderiam configurar um conector de entrada de parceiro para o endereço IP ou o certificado do dispositivo, ou então fornecer credenciais de SMTP AUTH para ele?',

  'finding.relay.external-recipients-not-allowed.title': 'Este caminho não envia para endereços externos',
  'finding.relay.external-recipients-not-allowed.explanation': 'Enviar sem login para o próprio servidor de email da sua organização (Envio Direto) só entrega dentro da organização. Emails para endereços externos precisam de login ou de um conector.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Teste com um endereço de dentro da sua organização.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Para enviar para fora, use {m365Host}, porta {m365Port}, STARTTLS com login, ou peça um conector à TI.',
  'finding.relay.external-recipients-not-allowed.admin': 'O envio com {sender} para um destinatário externo é recusado (550 5.4.1 Relay Access Denied ou 550 5.7.54 Unable to relay recipient in non-accepted domain), porque o Envio Direto só entrega a destinatários internos. Vocês poderiam configurar um conector de entrada para esse envio (configuração abaixo) ou fornecer credenciais de SMTP AUTH?',

  'finding.server.temporary-failure.title': 'O servidor teve um problema temporário',
  'finding.server.temporary-failure.explanation': 'O servidor de email disse que não consegue atender agora. Esse tipo de problema costuma se resolver sozinho em alguns minutos.',
  'finding.server.temporary-failure.steps.1': 'Aguarde alguns minutos e teste novamente.',
  'finding.server.temporary-failure.steps.2': 'Se durar mais de uma hora, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.server.temporary-failure.admin': 'O servidor {host} continua retornando um erro temporário quando envio. Vocês poderiam verificar a integridade do serviço do Exchange Online no Microsoft 365?',

  'finding.unknown.title': 'Não reconhecemos este erro',
  'finding.unknown.explanation': 'O servidor ou o app informou um problema que este app ainda não conhece. As palavras exatas ficam guardadas para que a sua equipe de TI possa pesquisá-las.',
  'finding.unknown.steps.1': 'Confira o nome do servidor, a porta e a segurança. No Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.unknown.admin': 'O envio como {address} com {sender} pelo servidor {host} falha com um erro que o Mail Setup Assistant não reconhece. Vocês poderiam dar uma olhada?',
};
