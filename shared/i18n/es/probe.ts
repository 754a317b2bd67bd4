import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** Spanish: the live test (stage names, statuses, stage details, CLI output, verdicts, test message). */
export const probe: Translation<typeof source> = {
  // Stage names in plain words, one per stage of the STAGES table (shared/stages.ts).
  'probe.stage.resolve.name': 'Encontrar el servidor de correo',
  'probe.stage.connect.name': 'Llegar al servidor de correo',
  'probe.stage.greeting.name': 'Esperar la respuesta del servidor',
  'probe.stage.ehlo.name': 'Presentar este equipo',
  'probe.stage.starttls.name': 'Proteger la conexión',
  'probe.stage.tls.name': 'Proteger la conexión',
  'probe.stage.ehlo-tls.name': 'Volver a presentar este equipo, de forma segura',
  'probe.stage.auth.name': 'Iniciar sesión',
  'probe.stage.mail-from.name': 'Indicar la dirección del remitente',
  'probe.stage.rcpt-to.name': 'Indicar la dirección del destinatario',
  'probe.stage.data.name': 'Enviar el mensaje de prueba',
  'probe.stage.quit.name': 'Despedirse',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Hecho',
  'probe.status.warn': 'Hecho, con una advertencia',
  'probe.status.fail': 'No funcionó',
  'probe.status.skipped': 'Sin probar',
  'probe.status.running': 'Comprobando…',

  // What a stage saw (shared/stage-details.ts), technical and short: the CLI's table, the
  // saved JSON, the report and the result's step list. Server text arrives as a parameter.
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'se indicó una dirección IP, no hace falta buscarla',
  'probe.detail.resolve.literal-microsoft': 'se indicó una dirección IP; Microsoft pide el nombre DNS',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'conectado a {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'sin respuesta en el puerto {port} en {waitedMs} ms, aunque el servidor respondió en el puerto {siblingPort} (ida y vuelta: {rttMs} ms): algo en la red bloquea el puerto {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'el servidor cerró la conexión',
  'probe.detail.ready': 'sesión lista',
  'probe.detail.timeout': 'sin respuesta en {ms} ms',
  'probe.detail.command-timeout': 'sin respuesta a {command} a tiempo',
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# extensión} other {# extensiones}}, se ofrece STARTTLS',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# extensión} other {# extensiones}}, no se ofrece STARTTLS',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# extensión} other {# extensiones}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# extensión} other {# extensiones}}, AUTH (sin métodos indicados)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# extensión} other {# extensiones}}, no se ofrece AUTH',
  'probe.detail.tls.verified': '{protocol} {cipher}; certificado verificado para {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; certificado verificado para {name} (mediante el almacén del sistema)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; certificado NO verificado ({error}), diagnóstico {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; certificado NO verificado ({error}), diagnóstico {diagnosis}; de confianza por huella digital',
  'probe.detail.auth.not-encrypted': 'las credenciales nunca se envían por una conexión sin cifrar',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (el inicio de sesión solo es correcto con 235)',
  'probe.detail.auth.sign-in-failed': 'error al iniciar sesión con Microsoft: {failure}',
  'probe.detail.auth.sign-in-failed.aadsts': 'error al iniciar sesión con Microsoft: {failure} (AADSTS{aadsts})',
  'probe.detail.quit.no-reply': 'sin respuesta a QUIT',
  'probe.detail.quit.closed': 'la conexión se cerró sin respuesta a QUIT',
  'probe.detail.internal.stage-left-open': 'interno: paso sin cerrar',
  'probe.detail.skipped.earlier-failure': 'no se ejecutó: falló un paso anterior',
  'probe.detail.skipped.cancelled': 'no se ejecutó: cancelado',
  'probe.detail.skipped.no-credentials': 'no se ejecutó: no se indicaron credenciales',
  'probe.detail.skipped.no-test-message': 'no se ejecutó: no se pidió mensaje de prueba',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text (electron/cli/probe-output.ts): terse, like the tools IT knows.
  'probe.cli.column.stage': 'paso',
  'probe.cli.column.status': 'estado',
  'probe.cli.column.time': 'tiempo',
  'probe.cli.column.detail': 'detalle',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'AVISO',
  'probe.cli.status.fail': 'ERROR',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'certificado verificado',
  'probe.cli.tls.not-verified': 'certificado NO verificado ({error})',
  'probe.cli.tls.interceptor': 'TLS interceptado por: {product}',
  'probe.cli.tls.system-store': 'De confianza mediante un certificado del almacén del sistema.',
  'probe.cli.tls.certificate': '  {subject}  (emisor: {issuer}; válido hasta {validTo})',
  'probe.cli.findings': 'Hallazgos:',
  // One line per verdict, so the verdict word is translated with its sentence («Resultado: …», as in verdict.cli.proven).
  'probe.cli.verdict.pass': 'Resultado: correcto ({ms} ms)',
  'probe.cli.verdict.warn': 'Resultado: con advertencias ({ms} ms)',
  'probe.cli.verdict.fail': 'Resultado: error ({ms} ms)',
  'probe.cli.verdict.cancelled': 'Resultado: prueba cancelada ({ms} ms)',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Todo ha funcionado.',
  'probe.verdict.warn': 'Funciona, pero hay algo que requiere atención.',
  'probe.verdict.fail': 'Algo detuvo la prueba. Mira el paso resaltado.',
  'probe.verdict.cancelled': 'Se canceló la prueba.',
  'probe.tls.diagnosis.trusted': 'de confianza',
  'probe.tls.diagnosis.intercepted': 'interceptado por un programa de seguridad o un proxy',
  'probe.tls.diagnosis.untrusted-root': 'emitido por una entidad de certificación en la que este equipo no confía',
  'probe.tls.diagnosis.hostname-mismatch': 'emitido para otro nombre de servidor',
  'probe.tls.diagnosis.expired': 'caducado',
  'probe.tls.diagnosis.not-yet-valid': 'todavía no es válido',
  'probe.tls.diagnosis.clock-skew': 'el reloj de este equipo parece incorrecto',
  'probe.tls.diagnosis.self-signed': 'autofirmado',
  'probe.tls.diagnosis.unknown': 'motivo desconocido',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'De confianza gracias a un certificado instalado en este equipo.',
  'probe.tls.fingerprint-trusted': 'Elegiste confiar en el certificado de este servidor. Hazlo solo con tu propio servidor de correo interno.',
  'probe.plain-connection': 'Esta conexión no está cifrada. Úsala solo con un servidor de correo de tu propia red.',

  // The test message sent to the person's own address.
  'probe.test-message.subject': 'Mensaje de prueba de Mail Setup Assistant',
  'probe.test-message.not-encrypted': 'sin cifrar',
  'probe.test-message.body':
    'Hola:\n\nEste es un mensaje de prueba de Mail Setup Assistant. Si puedes leerlo, el envío de correo desde este equipo funciona.\n\nQué se probó: la conexión con {host} en el puerto {port} ({security}), el inicio de sesión y el envío de este mensaje.\nCuándo: {when}\n\nPuedes eliminar este mensaje.\n',
};
