import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** Brazilian Portuguese: findings about the network, TLS and the SMTP protocol. */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Este computador não está conectado à internet',
  'finding.network.offline.explanation': 'O teste não conseguiu alcançar nenhum servidor, então o problema é a conexão, não as suas configurações de email. Todo o resto deste app funciona offline.',
  'finding.network.offline.steps.1': 'Confira se o Wi-Fi ou o cabo de rede está conectado.',
  'finding.network.offline.steps.2': 'Abra qualquer site para confirmar que a internet funciona e teste novamente.',
  'finding.network.offline.steps.3': 'Se você usa VPN, conecte ou desconecte a VPN e teste novamente.',
  'finding.network.offline.admin': 'Meu computador não consegue acessar a internet, então não consigo testar minhas configurações de email. Vocês poderiam verificar a minha conexão de rede?',

  'finding.network.dns-failure.title': 'O nome do servidor de email não foi encontrado',
  'finding.network.dns-failure.explanation': 'Seu computador não conseguiu localizar o nome {host}. Talvez o nome esteja digitado errado, ou o serviço de nomes da rede (DNS) não esteja funcionando.',
  'finding.network.dns-failure.steps.1': 'Confira o nome do servidor: no Microsoft 365, é {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Nomes regionais antigos, como {obsoleteHost}, não funcionam mais. Use {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Se os sites também não abrem, o problema é a rede: tente outra rede.',
  'finding.network.dns-failure.admin': 'Meu computador não consegue resolver o nome do servidor de email {host} (a consulta DNS falha). Vocês poderiam verificar as nossas configurações de DNS ou se algum filtro bloqueia esse nome?',

  'finding.network.port-blocked.title': 'Algo na rede está bloqueando a porta de email',
  'finding.network.port-blocked.explanation': 'A conexão com {host} na porta {port} não teve resposta. Normalmente, um firewall, um programa de segurança ou o seu provedor de internet está bloqueando a conexão.',
  'finding.network.port-blocked.steps.1': 'Teste novamente em outra rede, por exemplo o roteador do seu celular. Se funcionar lá, esta rede bloqueia a porta.',
  'finding.network.port-blocked.steps.2': 'Verifique se a porta é {m365Port} com STARTTLS, a configuração que a Microsoft recomenda.',
  'finding.network.port-blocked.steps.3': 'Peça à sua equipe de TI para liberar as conexões de saída para {host} na porta {port}.',
  'finding.network.port-blocked.admin': 'As conexões de saída do meu computador para {host} na porta TCP {port} expiram sem resposta. Vocês poderiam liberar no firewall o tráfego TCP {port} de saída para {host}? O Microsoft 365 usa a porta {m365Port} com STARTTLS para o envio de emails.',

  'finding.network.port-25-blocked.title': 'Seu provedor de internet bloqueia a porta 25',
  'finding.network.port-25-blocked.explanation': 'Provedores de internet residencial e móvel costumam bloquear a porta 25 de saída para evitar spam. Não é um problema da Microsoft: use a porta {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Mude a porta para {m365Port} com STARTTLS e teste novamente.',
  'finding.network.port-25-blocked.steps.2': 'Se você precisa usar a porta 25 (por exemplo, um scanner que envia por uma retransmissão), o envio tem que sair da rede do escritório.',
  'finding.network.port-25-blocked.admin': 'A porta 25 para {host} está bloqueada na rede em que estou (provedores de internet residencial costumam bloqueá-la). Vocês poderiam confirmar se devo enviar por {m365Host} na porta {m365Port} com STARTTLS, ou me dizer qual retransmissão usar fora do escritório?',

  'finding.network.connection-refused.title': 'O servidor recusou a conexão',
  'finding.network.connection-refused.explanation': 'O computador em {host} respondeu, mas não aceita conexões na porta {port}. Provavelmente a porta ou o nome do servidor está errado.',
  'finding.network.connection-refused.steps.1': 'Confira o nome do servidor e a porta: o Microsoft 365 usa {m365Host}, porta {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Se as configurações estiverem certas, talvez um firewall ou proxy esteja recusando a conexão: teste em outra rede.',
  'finding.network.connection-refused.admin': 'As conexões do meu computador para {host} na porta {port} são recusadas. Vocês poderiam verificar se um firewall ou proxy rejeita as conexões de saída para essa porta?',

  'finding.network.connect-failed.title': 'O app não conseguiu se conectar ao servidor de email',
  'finding.network.connect-failed.explanation': 'O app não conseguiu abrir uma conexão com o servidor de saída, e a mensagem dele não diz por quê. Normalmente, o nome do servidor ou a porta está errado, ou um firewall ou programa de segurança bloqueia a conexão.',
  'finding.network.connect-failed.steps.1': 'Confira o servidor de saída: no Microsoft 365, é {m365Host}, porta {m365Port}, STARTTLS (alguns apps chamam de “TLS”).',
  'finding.network.connect-failed.steps.2': 'A porta {port465} não funciona com a Microsoft: mude para {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Teste aqui com este app: ele mostra exatamente onde a conexão para.',
  'finding.network.connect-failed.admin': 'Quando tento enviar com {sender}, a conexão com o servidor de saída falha (a mensagem só diz que não foi possível conectar). Vocês poderiam verificar se o tráfego TCP {m365Port} de saída para {m365Host} é permitido na nossa rede e se nenhum produto de segurança o bloqueia?',

  'finding.network.connection-reset.title': 'A conexão foi interrompida',
  'finding.network.connection-reset.explanation': 'A conexão com o servidor de email abriu, mas depois fechou de repente. Isso costuma ser causado por um firewall, um programa de segurança ou uma rede instável.',
  'finding.network.connection-reset.steps.1': 'Teste novamente: uma falha rápida de rede passa sozinha.',
  'finding.network.connection-reset.steps.2': 'Se continuar acontecendo, teste em outra rede.',
  'finding.network.connection-reset.steps.3': 'Se o seu antivírus verifica emails, pause essa verificação por um instante, teste novamente e depois reative-a.',
  'finding.network.connection-reset.admin': 'Minha conexão com {host} na porta {port} é interrompida no meio da sessão de email. Vocês poderiam verificar se um firewall, proxy ou verificador de emails interrompe o tráfego SMTP para esse servidor?',

  'finding.network.greeting-timeout.title': 'A conexão abriu, mas o servidor não respondeu',
  'finding.network.greeting-timeout.explanation': 'A conexão foi feita, mas o servidor de email não enviou a saudação. Normalmente, a configuração de segurança não combina com a porta, ou algo no meio do caminho retém a conexão.',
  'finding.network.greeting-timeout.steps.1': 'Use a porta {m365Port} com STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Se você escolheu SSL/TLS, mude para STARTTLS. Se escolheu a porta {port465}, mude para {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Teste em outra rede para descartar um firewall.',
  'finding.network.greeting-timeout.admin': 'Meu computador se conecta a {host} na porta {port}, mas a saudação SMTP do servidor nunca chega. Vocês poderiam verificar se um firewall ou proxy retém as conexões SMTP nessa porta?',

  // tls
  'finding.tls.mode-mismatch.title': 'A configuração de segurança não combina com a porta',
  'finding.tls.mode-mismatch.explanation': 'O app iniciou a criptografia de um jeito diferente do que o servidor espera. A porta {m365Port} precisa de STARTTLS; SSL/TLS desde o primeiro momento é para a porta {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Defina a porta como {m365Port} e a segurança como STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Alguns apps chamam o STARTTLS de “TLS” e o TLS implícito de “SSL”. Para a porta {m365Port}, escolha STARTTLS (ou “TLS”).',
  'finding.tls.mode-mismatch.steps.3': 'Teste novamente.',
  'finding.tls.mode-mismatch.admin': 'A configuração de segurança que {sender} usava não combinava com o servidor {host} na porta {port} (STARTTLS versus SSL/TLS). Vou mudar para a porta {m365Port} com STARTTLS. Se a nossa organização usar outras configurações, por favor, me avisem.',

  'finding.tls.port-465-unsupported.title': 'A Microsoft não oferece a porta 465',
  'finding.tls.port-465-unsupported.explanation': '{host} é um servidor da Microsoft, e a Microsoft não aceita emails de apps na porta {port465}. Não é uma falha de rede: use a porta {m365Port} com STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Mude a porta para {m365Port} e a segurança para STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2': 'Se o seu dispositivo só consegue usar a porta {port465}, ele não pode enviar diretamente pelo Microsoft 365: pergunte à TI sobre uma retransmissão.',
  'finding.tls.port-465-unsupported.admin': 'Eu tinha configurado {sender} na porta {port465} para {host}, que o Microsoft 365 não aceita para envio. Vou mudar para a porta {m365Port} com STARTTLS. Vocês poderiam me dizer se a nossa organização usa outras configurações? Um dispositivo que só consegue usar a porta {port465} precisa de outro caminho, por exemplo a retransmissão por conector.',

  'finding.tls.starttls-unavailable.title': 'O servidor não oferece criptografia',
  'finding.tls.starttls-unavailable.explanation': 'O servidor não ofereceu STARTTLS, então sua senha não pode ser enviada com segurança. Os servidores da Microsoft sempre oferecem; então, ou o nome do servidor está errado, ou algo na rede está removendo essa opção.',
  'finding.tls.starttls-unavailable.steps.1': 'Confira o nome do servidor: {m365Host} no Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Teste em outra rede: alguns firewalls removem o STARTTLS das conexões de email.',
  'finding.tls.starttls-unavailable.steps.3': 'Não desative a criptografia para fazer funcionar.',
  'finding.tls.starttls-unavailable.admin': 'O servidor SMTP {host} na porta {port} não oferece STARTTLS ao meu computador. Vocês poderiam verificar se um firewall ou um recurso de inspeção SMTP remove o STARTTLS das conexões SMTP?',

  'finding.tls.version-too-old.title': 'Seu app usa uma versão de criptografia antiga e bloqueada',
  'finding.tls.version-too-old.explanation': 'A Microsoft só aceita {tlsMinimum} ou mais recente, e este app ou dispositivo ofereceu uma versão mais antiga. Atualizar o app ou o sistema operacional costuma resolver.',
  'finding.tls.version-too-old.steps.1': 'Instale as atualizações do seu app de email e do sistema operacional e teste novamente.',
  'finding.tls.version-too-old.steps.2': 'Se for um dispositivo antigo que não pode ser atualizado, fale com a TI: a Microsoft tem uma opção legada que pode ser ativada.',
  'finding.tls.version-too-old.admin': 'O envio com {sender} para {host} usa TLS 1.0 ou 1.1, que o Exchange Online rejeita (421 4.7.66). Vocês poderiam me ajudar com a atualização? Se não for possível atualizar o dispositivo, a Microsoft oferece um endpoint legado opcional, {legacyHost}, ativado com a configuração abaixo (não disponível em GCC, GCC High ou DoD).',

  'finding.tls.handshake-failed.title': 'Não foi possível estabelecer a conexão segura',
  'finding.tls.handshake-failed.explanation': 'O servidor de email foi alcançado, mas não foi possível ativar a criptografia, e a mensagem não diz por quê. Muitas vezes, o app ou dispositivo só conhece criptografia antiga (a Microsoft exige {tlsMinimum}), ou um programa de segurança interfere.',
  'finding.tls.handshake-failed.steps.1': 'Instale as atualizações do app ou do dispositivo (o firmware, no caso de impressora ou scanner) e teste novamente.',
  'finding.tls.handshake-failed.steps.2': 'Teste aqui com este app: ele indica o problema exato de certificado ou de versão.',
  'finding.tls.handshake-failed.steps.3': 'Se o seu antivírus verifica emails, pergunte à TI se ele inspeciona as conexões de email.',
  'finding.tls.handshake-failed.admin': 'O envio com {sender} para {host} falha durante a negociação TLS (depois do STARTTLS), sem mais detalhes. Vocês poderiam verificar se há suporte a {tlsMinimum} e confiança em {g2Root}, e se a inspeção SSL/TLS da nossa rede intercepta a conexão?',

  'finding.tls.certificate-untrusted.title': 'Este computador não confia no certificado do servidor',
  'finding.tls.certificate-untrusted.explanation': 'O certificado do servidor leva a um certificado raiz que este computador não tem ou no qual não confia mais. Nos servidores da Microsoft, isso geralmente é um repositório de certificados desatualizado, não um ataque.',
  'finding.tls.certificate-untrusted.steps.1': 'Instale as atualizações do sistema operacional: elas renovam os certificados confiáveis.',
  'finding.tls.certificate-untrusted.steps.2': 'Atualize este app para a versão mais recente.',
  'finding.tls.certificate-untrusted.steps.3': 'Se não resolver, peça à TI para adicionar o certificado raiz que está faltando.',
  'finding.tls.certificate-untrusted.admin':
    'O certificado do servidor {host} não é confiável no meu computador (por exemplo, “unable to get local issuer certificate”). A Microsoft pede que os clientes confiem em {g2Root}, e os repositórios de certificados mais novos não incluem mais a DigiCert Global Root CA (G1), que alguns servidores da Microsoft ainda usam. Vocês poderiam atualizar os certificados raiz confiáveis do meu computador?',

  'finding.tls.intercepted.title': 'Um programa de segurança está interceptando sua conexão de email',
  'finding.tls.intercepted.explanation': 'O certificado veio de {interceptor}, e não da autoridade de certificação real do servidor de email. Antivírus, firewalls e proxies fazem isso para examinar o tráfego, e isso quebra a conexão segura de email.',
  'finding.tls.intercepted.steps.1': 'Nas configurações do antivírus, desative a verificação de email ou de SSL para os emails enviados, ou adicione uma exceção para {host}.',
  'finding.tls.intercepted.steps.2': 'Se a sua empresa gerencia esse produto, peça à TI para adicionar a exceção.',
  'finding.tls.intercepted.steps.3': 'Não aceite o certificado mesmo assim: sua senha passaria pelo verificador.',
  'finding.tls.intercepted.admin': 'Minha conexão com {host} na porta {port} está sendo interceptada: o certificado foi emitido por {interceptor}, e não pela autoridade de certificação pública do servidor. Vocês poderiam excluir {host}, porta {port}, da inspeção SSL/TLS e da verificação de emails nesse produto?',

  'finding.tls.hostname-mismatch.title': 'O certificado pertence a outro servidor',
  'finding.tls.hostname-mismatch.explanation': 'O servidor apresentou um certificado com um nome diferente de {host}. Talvez o nome do servidor esteja errado, ou uma página de login ou um proxy desta rede tenha respondido no lugar dele.',
  'finding.tls.hostname-mismatch.steps.1': 'Confira o nome do servidor: no Microsoft 365, é {m365Host}, nunca um endereço IP.',
  'finding.tls.hostname-mismatch.steps.2': 'Em Wi-Fi de hotel ou de visitantes, primeiro entre na rede pelo navegador e depois teste novamente.',
  'finding.tls.hostname-mismatch.admin': 'O certificado TLS apresentado para {host} na porta {port} não corresponde a esse nome. Vocês poderiam verificar se um proxy ou um portal cativo da nossa rede responde no lugar do servidor real?',

  'finding.tls.certificate-expired.title': 'O certificado do servidor expirou',
  'finding.tls.certificate-expired.explanation': 'O certificado que o servidor apresentou já passou da data de validade. Se a data deste computador estiver certa, o problema está no servidor ou em algo no meio do caminho.',
  'finding.tls.certificate-expired.steps.1': 'Confira a data e a hora deste computador.',
  'finding.tls.certificate-expired.steps.2': 'Se a data estiver certa, envie a mensagem abaixo para a sua equipe de TI.',
  'finding.tls.certificate-expired.admin': 'O certificado apresentado pelo servidor {host} na porta {port} está expirado segundo o meu computador, e o meu relógio está certo. Vocês poderiam verificar o certificado do servidor ou se algum proxy apresenta um certificado antigo?',

  'finding.tls.certificate-not-yet-valid.title': 'O certificado do servidor ainda não é válido',
  'finding.tls.certificate-not-yet-valid.explanation': 'O servidor apresentou um certificado cuja data de início ainda está no futuro. O relógio deste computador bate com o do servidor, então o problema está no certificado ou em algo no meio do caminho.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Não mude o relógio do computador: ele está certo.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Envie a mensagem abaixo para a sua equipe de TI.',
  'finding.tls.certificate-not-yet-valid.admin': 'O certificado apresentado pelo servidor {host} na porta {port} ainda não é válido (a data de início está no futuro), embora o relógio do meu computador bata com o horário que o servidor informou na saudação. Vocês poderiam verificar o certificado desse servidor ou se algum proxy da nossa rede apresenta um certificado próprio?',

  'finding.tls.clock-skew.title': 'O relógio deste computador está errado',
  'finding.tls.clock-skew.explanation': 'Conexões seguras verificam datas, e a data ou a hora deste computador está errada. Com isso, os certificados parecem expirados ou ainda não válidos.',
  'finding.tls.clock-skew.steps.1': 'Acerte a data, a hora e o fuso horário, de preferência com “Definir horário automaticamente”.',
  'finding.tls.clock-skew.steps.2': 'Teste novamente.',
  'finding.tls.clock-skew.admin': 'O relógio do meu computador parece estar errado, o que quebra a verificação do certificado do servidor {host}. Vocês poderiam me ajudar a corrigir a sincronização de horário deste computador?',

  'finding.tls.revocation-unreachable.title': 'O serviço de verificação de certificados está inacessível',
  'finding.tls.revocation-unreachable.explanation': 'Para verificar o certificado do servidor, este computador precisa acessar a lista de revogação da autoridade de certificação. A rede está bloqueando esse acesso.',
  'finding.tls.revocation-unreachable.steps.1': 'Teste em outra rede.',
  'finding.tls.revocation-unreachable.steps.2': 'Peça à TI para liberar os endereços de revogação da autoridade de certificação (CRL e OCSP).',
  'finding.tls.revocation-unreachable.admin': 'A verificação do certificado do servidor {host} falha com “unable to get certificate CRL”, então os endereços de revogação de certificados parecem estar bloqueados na nossa rede. Vocês poderiam liberar o HTTP de saída para os endereços de CRL e OCSP indicados na cadeia de certificados do servidor?',

  // protocol
  'finding.protocol.ehlo-required.title': 'O app pulou uma etapa obrigatória depois da criptografia',
  'finding.protocol.ehlo-required.explanation': 'Depois de ativar a criptografia, o app precisa cumprimentar o servidor de novo (EHLO), e não fez isso. É um problema do app de email, não da sua conta.',
  'finding.protocol.ehlo-required.steps.1': 'Atualize o app de email ou o dispositivo.',
  'finding.protocol.ehlo-required.steps.2': 'Se continuar acontecendo com STARTTLS na porta {m365Port}, só o fabricante do app pode corrigir.',
  'finding.protocol.ehlo-required.admin': 'Depois do STARTTLS, {sender} não repete o EHLO, então o servidor {host} responde “503 5.5.2 Send hello first”. Vocês poderiam me ajudar com uma atualização ou uma substituição?',

  'finding.protocol.starttls-required.title': 'O servidor exige criptografia primeiro',
  'finding.protocol.starttls-required.explanation': 'O app tentou entrar ou enviar antes de ativar a criptografia, e o servidor recusou. Ativar o STARTTLS resolve.',
  'finding.protocol.starttls-required.steps.1': 'Defina a segurança como STARTTLS na porta {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Teste novamente.',
  'finding.protocol.starttls-required.admin': 'O envio com {sender} para {host} foi feito sem STARTTLS e foi recusado. Vou ativar o STARTTLS na porta {m365Port}. Se as nossas configurações forem diferentes, por favor, me avisem.',

  'finding.protocol.command-unrecognized.title': 'O servidor não entendeu o app',
  'finding.protocol.command-unrecognized.explanation': 'O servidor recebeu algo que não conseguiu ler como um comando de email. Normalmente, a configuração de segurança ou a porta está errada, ou algo no meio do caminho altera a conexão.',
  'finding.protocol.command-unrecognized.steps.1': 'Use a porta {m365Port} com STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Teste em outra rede para descartar um proxy.',
  'finding.protocol.command-unrecognized.admin': 'O servidor {host} responde “500 5.3.3 Unrecognized command” para {sender}. Vocês poderiam verificar se um proxy ou uma inspeção SMTP altera a conexão?',
};
