import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** German: test stages, stage details, `mail-setup probe` output and the test message. */
export const probe: Translation<typeof source> = {
  // Stage names in plain words, one per stage of the STAGES table (shared/stages.ts).
  'probe.stage.resolve.name': 'Mailserver finden',
  'probe.stage.connect.name': 'Mailserver erreichen',
  'probe.stage.greeting.name': 'Auf die Antwort des Servers warten',
  'probe.stage.ehlo.name': 'Diesen Computer vorstellen',
  'probe.stage.starttls.name': 'Verbindung verschlüsseln',
  'probe.stage.tls.name': 'Verbindung verschlüsseln',
  'probe.stage.ehlo-tls.name': 'Diesen Computer erneut vorstellen, verschlüsselt',
  'probe.stage.auth.name': 'Anmelden',
  'probe.stage.mail-from.name': 'Absenderadresse angeben',
  'probe.stage.rcpt-to.name': 'Empfängeradresse angeben',
  'probe.stage.data.name': 'Testnachricht senden',
  'probe.stage.quit.name': 'Verabschieden',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Erledigt',
  'probe.status.warn': 'Erledigt, mit Warnung',
  'probe.status.fail': 'Hat nicht geklappt',
  'probe.status.skipped': 'Nicht versucht',
  'probe.status.running': 'Wird geprüft…',

  // What a stage saw: technical and short (CLI table, saved JSON, report, the result's step list).
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'IP-Adresse angegeben, keine Abfrage nötig',
  'probe.detail.resolve.literal-microsoft': 'IP-Adresse angegeben; Microsoft verlangt den DNS-Namen',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'verbunden mit {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'keine Antwort auf Port {port} innerhalb von {waitedMs} ms, obwohl der Server auf Port {siblingPort} geantwortet hat (Antwortzeit {rttMs} ms): Etwas im Netzwerk blockiert Port {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'der Server hat die Verbindung geschlossen',
  'probe.detail.ready': 'Sitzung bereit',
  'probe.detail.timeout': 'keine Antwort innerhalb von {ms} ms',
  'probe.detail.command-timeout': 'keine rechtzeitige Antwort auf {command}',
  // "Erweiterungen: {count}" reads right for any count without plural forms.
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# Erweiterung} other {# Erweiterungen}}, STARTTLS angeboten',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# Erweiterung} other {# Erweiterungen}}, STARTTLS nicht angeboten',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# Erweiterung} other {# Erweiterungen}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# Erweiterung} other {# Erweiterungen}}, AUTH (keine Methoden genannt)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# Erweiterung} other {# Erweiterungen}}, kein AUTH angeboten',
  'probe.detail.tls.verified': '{protocol} {cipher}; Zertifikat für {name} bestätigt',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; Zertifikat für {name} bestätigt (über den Systemspeicher)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; Zertifikat NICHT bestätigt ({error}), Diagnose {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; Zertifikat NICHT bestätigt ({error}), Diagnose {diagnosis}; per Fingerabdruck als vertrauenswürdig eingestuft',
  'probe.detail.auth.not-encrypted': 'Anmeldedaten werden nie über eine unverschlüsselte Verbindung gesendet',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (erfolgreich ist eine Anmeldung nur mit 235)',
  'probe.detail.auth.sign-in-failed': 'Microsoft-Anmeldung fehlgeschlagen: {failure}',
  'probe.detail.quit.no-reply': 'keine Antwort auf QUIT',
  'probe.detail.quit.closed': 'Verbindung ohne Antwort auf QUIT geschlossen',
  'probe.detail.internal.stage-left-open': 'intern: Schritt nicht abgeschlossen',
  'probe.detail.skipped.earlier-failure': 'nicht ausgeführt: ein früherer Schritt ist fehlgeschlagen',
  'probe.detail.skipped.cancelled': 'nicht ausgeführt: abgebrochen',
  'probe.detail.skipped.no-credentials': 'nicht ausgeführt: keine Anmeldedaten angegeben',
  'probe.detail.skipped.no-test-message': 'nicht ausgeführt: keine Testnachricht gewünscht',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text (electron/cli/probe-output.ts): terse, like the tools IT knows.
  'probe.cli.column.stage': 'Schritt',
  'probe.cli.column.status': 'Status',
  'probe.cli.column.time': 'Zeit',
  'probe.cli.column.detail': 'Details',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'WARNUNG',
  'probe.cli.status.fail': 'FEHLER',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'Zertifikat bestätigt',
  'probe.cli.tls.not-verified': 'Zertifikat NICHT bestätigt ({error})',
  'probe.cli.tls.interceptor': 'TLS abgefangen von: {product}',
  'probe.cli.tls.system-store': 'Vertrauenswürdig über ein Zertifikat im Systemspeicher.',
  'probe.cli.tls.certificate': '  {subject}  (Aussteller: {issuer}; gültig bis {validTo})',
  'probe.cli.findings': 'Befunde:',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Alles hat funktioniert.',
  'probe.verdict.warn': 'Es funktioniert, aber etwas braucht Ihre Aufmerksamkeit.',
  'probe.verdict.fail': 'Etwas hat den Test gestoppt. Sehen Sie sich den markierten Schritt an.',
  'probe.verdict.cancelled': 'Der Test wurde abgebrochen.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Vertrauenswürdig wegen eines Zertifikats, das auf diesem Computer installiert ist.',
  'probe.tls.fingerprint-trusted': 'Sie haben entschieden, dem Zertifikat dieses Servers zu vertrauen. Tun Sie das nur bei Ihrem eigenen internen Mailserver.',
  'probe.plain-connection': 'Diese Verbindung ist nicht verschlüsselt. Nutzen Sie sie nur für einen Mailserver in Ihrem eigenen Netzwerk.',

  // The test message sent to the person's own address.
  'probe.test-message.subject': 'Testnachricht vom Mail Setup Assistant',
  'probe.test-message.body':
    'Hallo,\n\ndies ist eine Testnachricht vom Mail Setup Assistant. Wenn Sie sie lesen können, funktioniert das Senden von E-Mails auf diesem Computer.\n\nGetestet wurden: die Verbindung zu {host} auf Port {port} ({security}), die Anmeldung und das Senden dieser Nachricht.\nZeitpunkt: {when}\n\nSie können diese Nachricht löschen.\n',
  'probe.detail.auth.sign-in-failed.aadsts': 'Microsoft-Anmeldung fehlgeschlagen: {failure} (AADSTS{aadsts})',
  'probe.cli.verdict.pass': 'Ergebnis: bestanden ({ms} ms)',
  'probe.cli.verdict.warn': 'Ergebnis: mit Warnungen ({ms} ms)',
  'probe.cli.verdict.fail': 'Ergebnis: fehlgeschlagen ({ms} ms)',
  'probe.cli.verdict.cancelled': 'Ergebnis: abgebrochen ({ms} ms)',
  'probe.tls.diagnosis.trusted': 'vertrauenswürdig',
  'probe.tls.diagnosis.intercepted': 'von einem Sicherheitsprogramm oder Proxy abgefangen',
  'probe.tls.diagnosis.untrusted-root': 'von einer Stelle ausgestellt, der dieser Computer nicht vertraut',
  'probe.tls.diagnosis.hostname-mismatch': 'für einen anderen Servernamen ausgestellt',
  'probe.tls.diagnosis.expired': 'abgelaufen',
  'probe.tls.diagnosis.not-yet-valid': 'noch nicht gültig',
  'probe.tls.diagnosis.clock-skew': 'die Uhr dieses Computers geht offenbar falsch',
  'probe.tls.diagnosis.self-signed': 'selbstsigniert',
  'probe.tls.diagnosis.unknown': 'Grund unbekannt',
  'probe.test-message.not-encrypted': 'nicht verschlüsselt',
};
