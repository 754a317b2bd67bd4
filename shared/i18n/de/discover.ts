import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** German: `mail-setup discover` and the in-app port check (matrix, reasons, domain checks, clock). */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells.
  'discover.column.port': 'Port',
  'discover.column.mode': 'Modus',
  'discover.column.reach': 'Erreichbar',
  'discover.column.tls': 'Verschlüsselung',
  'discover.column.auth': 'Anmeldung angeboten',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Keine Verschlüsselung',

  'discover.reach.reachable': 'Erreichbar',
  'discover.reach.blocked': 'Blockiert (keine Antwort)',
  'discover.reach.refused': 'Abgelehnt',
  'discover.reach.reset': 'Unterbrochen',
  'discover.reach.no-greeting': 'Keine Antwort vom Mailserver',
  'discover.reach.unresolved': 'Servername nicht gefunden',
  'discover.reach.offline': 'Kein Netzwerk',
  'discover.reach.cancelled': 'Abgebrochen',
  'discover.reach.error': 'Fehler',
  'discover.reach.not-tried': 'Nicht versucht',

  'discover.tls.verified': 'Sicher, Zertifikat geprüft',
  'discover.tls.unverified': 'Zertifikat nicht vertrauenswürdig',
  'discover.tls.not-offered': 'Nicht angeboten',
  'discover.tls.mode-mismatch': 'Anderer Verschlüsselungsmodus',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Nicht verschlüsselt',

  'discover.auth.none': 'keine',
  'discover.expected': 'erwartet',

  // Why this port, or why none.
  'discover.reason.works': 'Port {port} ({mode}) hat geantwortet, die Verbindung wurde verschlüsselt, und das Zertifikat des Servers ist in Ordnung.',
  'discover.reason.auth-offered': 'Sobald die Verbindung verschlüsselt ist, bietet der Server die Anmeldung an ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'Der Server auf Port {port} bietet keine Anmeldung an. Für Relay oder Direct Send (ohne Kennwort) ist das normal, aber ein Postfach kann sich dort nicht anmelden.',
  'discover.reason.preferred-port': 'Port 587 mit STARTTLS ist der Port, den Microsoft für Apps und Geräte empfiehlt, die E-Mails senden.',
  'discover.reason.fallback-port': 'Port {port} wird vorgeschlagen, weil Port {preferred} aus diesem Netzwerk nicht funktioniert hat.',
  'discover.reason.blocked': 'Port {port} hat überhaupt nicht geantwortet: Wahrscheinlich blockiert ihn eine Firewall in diesem Netzwerk oder Ihr Internetanbieter.',
  'discover.reason.port-25-blocked':
    'Port 25 hat nicht geantwortet. Anbieter von Heim- und Mobilfunkinternet sperren ihn oft; das macht nichts, solange Port 587 funktioniert.',
  'discover.reason.refused': 'Port {port} wurde abgelehnt: Dort nimmt nichts Mail-Verbindungen an.',
  'discover.reason.465-microsoft':
    'Port 465 funktioniert bei Microsoft nicht: Er wird zum Senden nicht angeboten. Dieser Fehler ist also zu erwarten und kein Netzwerkproblem.',
  'discover.reason.tls-problem': 'Port {port} hat geantwortet, aber seiner verschlüsselten Verbindung konnte nicht vertraut werden ({diagnosis}).',
  'discover.reason.no-tls': 'Port {port} hat geantwortet, bietet aber keine Verschlüsselung an. Ein dorthin gesendetes Kennwort wäre also nicht geschützt.',
  'discover.reason.no-greeting': 'Port {port} hat die Verbindung angenommen, aber kein Mailserver hat sich dort gemeldet.',
  'discover.reason.mode-detected': 'Port {port} spricht {mode}, nicht {tried}; die Prüfung wurde entsprechend wiederholt.',
  'discover.reason.none-works':
    'Aus diesem Netzwerk hat kein Port funktioniert. Versuchen Sie es in einem anderen Netzwerk (zum Beispiel über den Hotspot Ihres Handys), um zu sehen, ob es an diesem Netzwerk liegt, und senden Sie diese Details an Ihren IT-Admin.',
  'discover.reason.offline': 'Dieser Computer ist mit keinem Netzwerk verbunden, deshalb konnte der Mailserver nicht geprüft werden.',
  'discover.reason.dns-failure':
    'Dieser Computer ist mit einem Netzwerk verbunden, kann aber keine Servernamen auflösen, deshalb wurde der Mailserver nicht gefunden. Starten Sie den Router neu, oder bitten Sie die IT, den Namensdienst (DNS) des Netzwerks zu prüfen.',
  'discover.reason.captive-portal':
    'Dieses Netzwerk verlangt offenbar zuerst eine Anmeldeseite (wie in Hotels, Zügen oder Gäste-WLANs): Der Servername von Microsoft führt zu einer lokalen Adresse. Öffnen Sie eine Webseite, schließen Sie die Anmeldung ab und versuchen Sie es erneut.',
  'discover.reason.clock-skew': 'Die Uhr dieses Computers weicht um etwa {minutes, plural, one {# Minute} other {# Minuten}} ab; sichere Verbindungen schlagen fehl, bis sie korrigiert ist.',
  'discover.reason.cancelled': 'Die Prüfung wurde abgebrochen, bevor sie fertig war.',

  // Network status.
  'discover.network.online': 'Mit einem Netzwerk verbunden.',
  'discover.network.offline': 'Keine Netzwerkverbindung.',
  'discover.network.dns-failure': 'Verbunden, aber Servernamen können nicht aufgelöst werden.',
  'discover.network.captive-portal': 'Das Netzwerk verlangt wahrscheinlich zuerst eine Anmeldeseite.',

  // Where the server name came from.
  'discover.host.given': 'Der Server, den Sie eingegeben haben.',
  'discover.host.consumer-domain': '{domain} ist eine Outlook.com-Adresse, daher wird über smtp-mail.outlook.com gesendet.',
  'discover.host.microsoft365-mx': 'Für E-Mails an {domain} ist Microsoft 365 zuständig, daher wird über smtp.office365.com gesendet.',
  'discover.host.microsoft365-dns': 'Die DNS-Einträge von {domain} verweisen auf Microsoft 365, daher wird über smtp.office365.com gesendet.',
  'discover.host.default':
    'Nichts in den DNS-Einträgen von {domain} deutet auf Microsoft 365 hin; smtp.office365.com wird trotzdem geprüft, weil diese App Microsoft 365 einrichtet.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'E-Mails an {domain} werden an Microsoft 365 zugestellt ({host}). Senden Sie über smtp.office365.com. Für einen Drucker oder eine App ohne Anmeldung kann die IT ein Relay oder Direct Send an {host} auf Port 25 einrichten.',
  'discover.domain.mx.outlook-com': 'Für E-Mails an {domain} ist Outlook.com zuständig (persönliche Microsoft-Konten).',
  'discover.domain.mx.other':
    'E-Mails an {domain} werden an {host} zugestellt, und das ist nicht Microsoft 365. Wenn Ihr Postfach trotzdem in Microsoft 365 liegt (zum Beispiel hinter einem Mailfilter), fragen Sie die IT, über welchen Server Sie senden sollen.',
  'discover.domain.mx.none': '{domain} hat keinen Mail-Eintrag (MX), E-Mails an diese Domäne kämen also nicht an. Prüfen Sie die Schreibweise der Adresse.',
  'discover.domain.mx.failed': 'Der Mail-Eintrag (MX) von {domain} konnte nicht abgefragt werden ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} erlaubt Microsoft 365, in ihrem Namen zu senden (der SPF-Eintrag enthält spf.protection.outlook.com), daher gelten über Microsoft 365 gesendete E-Mails nicht als gefälscht.',
  'discover.domain.spf.other':
    '{domain} hat einen SPF-Eintrag, der Microsoft 365 aber nicht nennt. Über Microsoft 365 gesendete E-Mails landen deshalb womöglich im Spam oder werden abgelehnt; die IT kann include:spf.protection.outlook.com hinzufügen.',
  'discover.domain.spf.none': '{domain} veröffentlicht keinen SPF-Eintrag. Empfänger können also nicht prüfen, wer in ihrem Namen senden darf, und manche stufen die E-Mails als Spam ein.',
  'discover.domain.spf.failed': 'Der SPF-Eintrag von {domain} konnte nicht abgefragt werden ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook findet die Einstellungen für {domain} von selbst: Autodiscover verweist auf Microsoft 365.',
  'discover.domain.autodiscover.other':
    'Autodiscover für {domain} verweist auf {target}, nicht auf Microsoft 365. Outlook richtet sich deshalb möglicherweise nicht automatisch ein. Das Senden ist davon nicht betroffen.',
  'discover.domain.autodiscover.none':
    '{domain} hat keinen Autodiscover-Eintrag, daher müssen die Einstellungen in Outlook möglicherweise von Hand eingegeben werden. Das Senden ist davon nicht betroffen.',
  'discover.domain.autodiscover.failed': 'Der Autodiscover-Eintrag von {domain} konnte nicht abgefragt werden ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} hat eine strenge DMARC-Richtlinie (p={policy}): Empfänger lehnen jede E-Mail ab, die fälschlich vorgibt, von dieser Domäne zu kommen, oder verschieben sie in den Spam. Senden Sie mit Ihrer eigenen Adresse über Microsoft 365; ein Gerät, das direkt an externe Adressen sendet, wird abgelehnt.',
  'discover.domain.dmarc.monitor': '{domain} hat einen DMARC-Eintrag, der nur überwacht (p=none); das Senden ist davon nicht betroffen.',
  'discover.domain.dmarc.none': '{domain} hat keinen DMARC-Eintrag. Das Senden funktioniert; Empfänger erkennen gefälschte E-Mails nur schlechter.',
  'discover.domain.dmarc.failed': 'Der DMARC-Eintrag von {domain} konnte nicht abgefragt werden ({code}).',

  // Clock.
  'discover.clock.ok': 'Die Uhr dieses Computers stimmt mit der des Mailservers überein.',
  'discover.clock.ahead': 'Die Uhr dieses Computers geht gegenüber der des Mailservers etwa {minutes, plural, one {# Minute} other {# Minuten}} vor. Korrigieren Sie Datum und Uhrzeit in den Systemeinstellungen.',
  'discover.clock.behind': 'Die Uhr dieses Computers geht gegenüber der des Mailservers etwa {minutes, plural, one {# Minute} other {# Minuten}} nach. Korrigieren Sie Datum und Uhrzeit in den Systemeinstellungen.',
  'discover.clock.unknown': 'Der Mailserver hat seine Uhrzeit nicht genannt, daher konnte die Uhr nicht verglichen werden.',

  // CLI output.
  'discover.cli.checking': 'Prüfe {host} auf den Ports {ports}…',
  'discover.cli.heading.recommendation': 'Empfehlung',
  'discover.cli.heading.domain': 'Domäne {domain}',
  'discover.cli.heading.clock': 'Uhr',
  'discover.cli.heading.network': 'Netzwerk',
  'discover.cli.recommend': 'Verwenden Sie {host}, Port {port} mit {mode}.',
  'discover.cli.recommend-none': 'Aus diesem Netzwerk wurde kein funktionierender Weg zum Senden gefunden.',
  'discover.cli.relay': 'Host für Relay / Direct Send: {host} (Port 25)',
  'discover.cli.findings': 'Befunde: {ids}',
  'discover.cli.input-missing': 'Adresse (name@domäne) oder --host HOST angeben',
  'discover.cli.input-both': 'entweder eine Adresse oder --host angeben, nicht beides',
  'discover.cli.input-invalid': '„{value}“ ist weder eine E-Mail-Adresse noch ein Servername',
  'discover.cli.bad-ports': '--ports ist ungültig: {problem}',
  'discover.cli.bad-resolve': '--resolve erwartet NAME:ADRESSE (zum Beispiel smtp.office365.com:127.0.0.1), erhalten: „{value}“',
  'discover.cli.bad-timeout': '--timeout erwartet eine Anzahl Sekunden, erhalten: „{value}“',
  'discover.cli.secret-refused': '{flag}: discover meldet sich nie an und nimmt daher weder Kennwort noch Token an',
  'discover.problem.not-a-port': '„{value}“ ist kein Port (1–65535, optional mit /starttls, /tls oder /none)',
  'discover.problem.no-port': 'kein Port angegeben',
  'discover.problem.not-an-address': '„{value}“ ist keine gültige E-Mail-Adresse',
};
