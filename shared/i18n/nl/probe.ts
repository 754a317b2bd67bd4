import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** Dutch: test stages, stage details, the CLI’s probe output, verdicts and the test message. */
export const probe: Translation<typeof source> = {
  // Stage names in plain words, one per stage of the STAGES table (shared/stages.ts).
  'probe.stage.resolve.name': 'De mailserver zoeken',
  'probe.stage.connect.name': 'De mailserver bereiken',
  'probe.stage.greeting.name': 'Wachten op antwoord van de server',
  'probe.stage.ehlo.name': 'Deze computer voorstellen',
  'probe.stage.starttls.name': 'De verbinding beveiligen',
  'probe.stage.tls.name': 'De verbinding beveiligen',
  'probe.stage.ehlo-tls.name': 'Deze computer opnieuw voorstellen, beveiligd',
  'probe.stage.auth.name': 'Aanmelden',
  'probe.stage.mail-from.name': 'Het afzenderadres doorgeven',
  'probe.stage.rcpt-to.name': 'Het adres van de ontvanger doorgeven',
  'probe.stage.data.name': 'Het testbericht verzenden',
  'probe.stage.quit.name': 'Afscheid nemen',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Klaar',
  'probe.status.warn': 'Klaar, met een waarschuwing',
  'probe.status.fail': 'Niet gelukt',
  'probe.status.skipped': 'Niet geprobeerd',
  'probe.status.running': 'Bezig met controleren…',

  // What a stage saw (shared/stage-details.ts), technical and short.
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'IP-adres opgegeven, opzoeken niet nodig',
  'probe.detail.resolve.literal-microsoft': 'IP-adres opgegeven; Microsoft vraagt om de DNS-naam',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'verbonden met {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'geen antwoord op poort {port} binnen {waitedMs} ms, terwijl de server wel antwoordde op poort {siblingPort} (retourtijd {rttMs} ms): iets in het netwerk blokkeert poort {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'de server heeft de verbinding verbroken',
  'probe.detail.ready': 'sessie gereed',
  'probe.detail.timeout': 'geen antwoord binnen {ms} ms',
  'probe.detail.command-timeout': 'geen tijdig antwoord op {command}',
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# extensie} other {# extensies}}, STARTTLS aangeboden',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# extensie} other {# extensies}}, STARTTLS niet aangeboden',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# extensie} other {# extensies}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# extensie} other {# extensies}}, AUTH (geen vermeld)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# extensie} other {# extensies}}, geen AUTH aangeboden',
  'probe.detail.tls.verified': '{protocol} {cipher}; certificaat geverifieerd voor {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; certificaat geverifieerd voor {name} (via het systeemarchief)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; certificaat NIET geverifieerd ({error}), diagnose {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; certificaat NIET geverifieerd ({error}), diagnose {diagnosis}; vertrouwd op vingerafdruk',
  'probe.detail.auth.not-encrypted': 'aanmeldgegevens worden nooit over een onversleutelde verbinding verzonden',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (aanmelden lukt alleen met 235)',
  'probe.detail.auth.sign-in-failed': 'Aanmelden bij Microsoft mislukt: {failure}{aadsts}',
  'probe.detail.quit.no-reply': 'geen antwoord op QUIT',
  'probe.detail.quit.closed': 'de verbinding is gesloten zonder antwoord op QUIT',
  'probe.detail.internal.stage-left-open': 'intern: stap niet afgesloten',
  'probe.detail.skipped.earlier-failure': 'niet uitgevoerd: een eerdere stap is mislukt',
  'probe.detail.skipped.cancelled': 'niet uitgevoerd: geannuleerd',
  'probe.detail.skipped.no-credentials': 'niet uitgevoerd: geen aanmeldgegevens opgegeven',
  'probe.detail.skipped.no-test-message': 'niet uitgevoerd: geen testbericht gevraagd',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text (electron/cli/probe-output.ts): terse, like the tools IT knows.
  'probe.cli.column.stage': 'stap',
  'probe.cli.column.status': 'resultaat',
  'probe.cli.column.time': 'tijd',
  'probe.cli.column.detail': 'details',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'LET OP',
  'probe.cli.status.fail': 'FOUT',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'certificaat geverifieerd',
  'probe.cli.tls.not-verified': 'certificaat NIET geverifieerd ({error})',
  'probe.cli.tls.interceptor': 'TLS onderschept door: {product}',
  'probe.cli.tls.system-store': 'Vertrouwd via een certificaat in het systeemarchief.',
  'probe.cli.tls.certificate': '  {subject}  (uitgever: {issuer}; geldig tot {validTo})',
  'probe.cli.findings': 'Bevindingen:',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Alles werkte.',
  'probe.verdict.warn': 'Het werkt, maar er vraagt iets om aandacht.',
  'probe.verdict.fail': 'Iets heeft de test tegengehouden. Zie de gemarkeerde stap.',
  'probe.verdict.cancelled': 'De test is geannuleerd.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Vertrouwd dankzij een certificaat dat op deze computer is geïnstalleerd.',
  'probe.tls.fingerprint-trusted': 'U hebt ervoor gekozen het certificaat van deze server te vertrouwen. Doe dit alleen voor uw eigen interne mailserver.',
  'probe.plain-connection': 'Deze verbinding is niet versleuteld. Gebruik die alleen voor een mailserver binnen uw eigen netwerk.',

  // The test message sent to the person's own address.
  'probe.test-message.subject': 'Testbericht van Mail Setup Assistant',
  'probe.test-message.body':
    'Hallo,\n\nDit is een testbericht van Mail Setup Assistant. Kunt u dit lezen, dan werkt het verzenden van e-mail vanaf deze computer.\n\nWat er is getest: de verbinding met {host} op poort {port} ({security}), het aanmelden en het verzenden van dit bericht.\nWanneer: {when}\n\nU kunt dit bericht verwijderen.\n',
};
