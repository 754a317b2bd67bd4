import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** Italian: the live test (stage names, statuses, stage details, CLI output, test message). */
export const probe: Translation<typeof source> = {
  // Stage names, as steps in a progress list.
  'probe.stage.resolve.name': 'Ricerca del server di posta',
  'probe.stage.connect.name': 'Connessione al server di posta',
  'probe.stage.greeting.name': 'Attesa della risposta del server',
  'probe.stage.ehlo.name': 'Presentazione di questo computer',
  'probe.stage.starttls.name': 'Protezione della connessione',
  'probe.stage.tls.name': 'Protezione della connessione',
  'probe.stage.ehlo-tls.name': 'Nuova presentazione di questo computer, in modo protetto',
  'probe.stage.auth.name': 'Accesso',
  'probe.stage.mail-from.name': 'Indirizzo del mittente',
  'probe.stage.rcpt-to.name': 'Indirizzo del destinatario',
  'probe.stage.data.name': 'Invio del messaggio di prova',
  'probe.stage.quit.name': 'Chiusura della sessione',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Fatto',
  'probe.status.warn': 'Fatto, con un avviso',
  'probe.status.fail': 'Non riuscito',
  'probe.status.skipped': 'Non eseguito',
  'probe.status.running': 'Verifica in corso…',

  // What a stage saw: technical and short.
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'indirizzo IP fornito, nessuna ricerca necessaria',
  'probe.detail.resolve.literal-microsoft': 'indirizzo IP fornito; Microsoft chiede il nome DNS',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'connesso a {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'nessuna risposta sulla porta {port} entro {waitedMs} ms, anche se il server ha risposto sulla porta {siblingPort} (andata e ritorno {rttMs} ms): qualcosa nella rete blocca la porta {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'il server ha chiuso la connessione',
  'probe.detail.ready': 'sessione pronta',
  'probe.detail.timeout': 'nessuna risposta entro {ms} ms',
  'probe.detail.command-timeout': 'nessuna risposta a {command} in tempo utile',
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# estensione} other {# estensioni}}, STARTTLS offerto',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# estensione} other {# estensioni}}, STARTTLS non offerto',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# estensione} other {# estensioni}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# estensione} other {# estensioni}}, AUTH (nessun metodo elencato)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# estensione} other {# estensioni}}, AUTH non offerto',
  'probe.detail.tls.verified': '{protocol} {cipher}; certificato verificato per {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; certificato verificato per {name} (tramite l’archivio di sistema)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; certificato NON verificato ({error}), diagnosi {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; certificato NON verificato ({error}), diagnosi {diagnosis}; considerato attendibile tramite impronta digitale',
  'probe.detail.auth.not-encrypted': 'le credenziali non vengono mai inviate su una connessione non crittografata',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (l’accesso riesce solo con 235)',
  'probe.detail.auth.sign-in-failed': 'Accesso con Microsoft non riuscito: {failure}{aadsts}',
  'probe.detail.quit.no-reply': 'nessuna risposta a QUIT',
  'probe.detail.quit.closed': 'la connessione si è chiusa senza risposta a QUIT',
  'probe.detail.internal.stage-left-open': 'interno: fase rimasta aperta',
  'probe.detail.skipped.earlier-failure': 'non eseguito: una fase precedente non è riuscita',
  'probe.detail.skipped.cancelled': 'non eseguito: annullato',
  'probe.detail.skipped.no-credentials': 'non eseguito: nessuna credenziale fornita',
  'probe.detail.skipped.no-test-message': 'non eseguito: nessun messaggio di prova richiesto',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text: terse, like the tools IT knows.
  'probe.cli.column.stage': 'fase',
  'probe.cli.column.status': 'stato',
  'probe.cli.column.time': 'tempo',
  'probe.cli.column.detail': 'dettaglio',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'AVVISO',
  'probe.cli.status.fail': 'ERRORE',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'certificato verificato',
  'probe.cli.tls.not-verified': 'certificato NON verificato ({error})',
  'probe.cli.tls.interceptor': 'TLS intercettato da: {product}',
  'probe.cli.tls.system-store': 'Attendibile tramite un certificato nell’archivio di sistema.',
  'probe.cli.tls.certificate': '  {subject}  (emittente: {issuer}; scadenza: {validTo})',
  'probe.cli.findings': 'Riscontri:',
  'probe.cli.verdict': 'Esito: {verdict} ({ms} ms)',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Ha funzionato tutto.',
  'probe.verdict.warn': 'Funziona, ma c’è qualcosa a cui fare attenzione.',
  'probe.verdict.fail': 'Qualcosa ha fermato il test. Guarda il passaggio evidenziato.',
  'probe.verdict.cancelled': 'Il test è stato annullato.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Attendibile grazie a un certificato installato su questo computer.',
  'probe.tls.fingerprint-trusted': 'Hai scelto di considerare attendibile il certificato di questo server. Fallo solo per il server di posta interno della tua rete.',
  'probe.plain-connection': 'Questa connessione non è crittografata. Usala solo per un server di posta all’interno della tua rete.',

  // The test message sent to the person’s own address.
  'probe.test-message.subject': 'Messaggio di prova di Mail Setup Assistant',
  'probe.test-message.body':
    'Ciao,\n\nquesto è un messaggio di prova di Mail Setup Assistant. Se riesci a leggerlo, l’invio di email da questo computer funziona.\n\nCosa è stato provato: la connessione a {host} sulla porta {port} ({security}), l’accesso e l’invio di questo messaggio.\nQuando: {when}\n\nPuoi eliminare questo messaggio.\n',
};
