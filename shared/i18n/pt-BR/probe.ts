import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** Brazilian Portuguese: the live test (stage names, details, CLI lines, the test message). */
export const probe: Translation<typeof source> = {
  // Stage names in plain words.
  'probe.stage.resolve.name': 'Encontrar o servidor de email',
  'probe.stage.connect.name': 'Conectar ao servidor de email',
  'probe.stage.greeting.name': 'Esperar a resposta do servidor',
  'probe.stage.ehlo.name': 'Apresentar este computador',
  'probe.stage.starttls.name': 'Proteger a conexão',
  'probe.stage.tls.name': 'Proteger a conexão',
  'probe.stage.ehlo-tls.name': 'Apresentar este computador de novo, com segurança',
  'probe.stage.auth.name': 'Entrar',
  'probe.stage.mail-from.name': 'Informar o endereço do remetente',
  'probe.stage.rcpt-to.name': 'Informar o endereço do destinatário',
  'probe.stage.data.name': 'Enviar a mensagem de teste',
  'probe.stage.quit.name': 'Encerrar a conversa',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Concluído',
  'probe.status.warn': 'Concluído, com um aviso',
  'probe.status.fail': 'Não funcionou',
  'probe.status.skipped': 'Não executado',
  'probe.status.running': 'Verificando…',

  // What a stage saw: technical and short (CLI table, saved JSON, report, step list).
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'endereço IP informado, sem necessidade de consulta',
  'probe.detail.resolve.literal-microsoft': 'endereço IP informado; a Microsoft pede o nome DNS',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'conectado a {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'sem resposta na porta {port} em {waitedMs} ms, embora o servidor tenha respondido na porta {siblingPort} (ida e volta de {rttMs} ms): algo na rede está bloqueando a porta {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'o servidor fechou a conexão',
  'probe.detail.ready': 'sessão pronta',
  'probe.detail.timeout': 'sem resposta em {ms} ms',
  'probe.detail.command-timeout': '{command} sem resposta a tempo',
  'probe.detail.ehlo.starttls-offered': '{count, plural, =1 {1 extensão} other {# extensões}}, STARTTLS oferecido',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, =1 {1 extensão} other {# extensões}}, STARTTLS não oferecido',
  'probe.detail.ehlo.auth-offered': '{count, plural, =1 {1 extensão} other {# extensões}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, =1 {1 extensão} other {# extensões}}, AUTH (nenhum método listado)',
  'probe.detail.ehlo.no-auth': '{count, plural, =1 {1 extensão} other {# extensões}}, AUTH não oferecido',
  'probe.detail.tls.verified': '{protocol} {cipher}; certificado verificado para {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; certificado verificado para {name} (pelo repositório do sistema)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; certificado NÃO verificado ({error}), diagnóstico {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; certificado NÃO verificado ({error}), diagnóstico {diagnosis}; confiável pela impressão digital',
  'probe.detail.auth.not-encrypted': 'credenciais nunca são enviadas por uma conexão sem criptografia',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (o login só é bem-sucedido com 235)',
  'probe.detail.auth.sign-in-failed': 'falha no login com a Microsoft: {failure}{aadsts}',
  'probe.detail.quit.no-reply': 'sem resposta ao QUIT',
  'probe.detail.quit.closed': 'a conexão foi fechada sem resposta ao QUIT',
  'probe.detail.internal.stage-left-open': 'interno: etapa deixada em aberto',
  'probe.detail.skipped.earlier-failure': 'não executada: uma etapa anterior falhou',
  'probe.detail.skipped.cancelled': 'não executada: teste cancelado',
  'probe.detail.skipped.no-credentials': 'não executada: nenhuma credencial informada',
  'probe.detail.skipped.no-test-message': 'não executada: nenhuma mensagem de teste solicitada',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text: terse, like the tools IT knows.
  'probe.cli.column.stage': 'etapa',
  'probe.cli.column.status': 'situação',
  'probe.cli.column.time': 'tempo',
  'probe.cli.column.detail': 'detalhe',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'AVISO',
  'probe.cli.status.fail': 'FALHA',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'certificado verificado',
  'probe.cli.tls.not-verified': 'certificado NÃO verificado ({error})',
  'probe.cli.tls.interceptor': 'TLS interceptado por: {product}',
  'probe.cli.tls.system-store': 'Confiável por meio de um certificado no repositório do sistema.',
  'probe.cli.tls.certificate': '  {subject}  (emissor: {issuer}; válido até {validTo})',
  'probe.cli.findings': 'Diagnósticos:',
  'probe.cli.verdict': 'Resultado: {verdict} ({ms} ms)',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Tudo funcionou.',
  'probe.verdict.warn': 'Funciona, mas algo precisa de atenção.',
  'probe.verdict.fail': 'Algo interrompeu o teste. Veja a etapa destacada.',
  'probe.verdict.cancelled': 'O teste foi cancelado.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Confiável por causa de um certificado instalado neste computador.',
  'probe.tls.fingerprint-trusted': 'Você escolheu confiar no certificado deste servidor. Faça isso só para o servidor de email interno da sua organização.',
  'probe.plain-connection': 'Esta conexão não é criptografada. Use-a só para um servidor de email dentro da sua própria rede.',

  // The test message sent to the person’s own address.
  'probe.test-message.subject': 'Mensagem de teste do Mail Setup Assistant',
  'probe.test-message.body':
    'Olá,\n\nEsta é uma mensagem de teste do Mail Setup Assistant. Se você consegue lê-la, o envio de emails a partir deste computador funciona.\n\nO que foi testado: a conexão com {host} na porta {port} ({security}), o login e o envio desta mensagem.\nQuando: {when}\n\nVocê pode excluir esta mensagem.\n',
};
