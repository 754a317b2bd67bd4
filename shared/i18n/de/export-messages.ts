import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** German: export validation, settings values, Apple/Outlook/Thunderbird files, the settings sheet and the diagnostic report. */
export const exportMessages: Translation<typeof source> = {
  // Input validation (shared/export/export-validation.ts)
  'export.invalid.control-characters': '{field} enthält einen Zeilenumbruch, ein NUL-Zeichen oder ein anderes Steuerzeichen.',
  'export.invalid.address': '„{value}“ ist keine E-Mail-Adresse wie name@example.com.',
  'export.invalid.host': '„{value}“ ist kein Servername wie smtp.example.com.',
  'export.invalid.port': 'Der Port muss eine ganze Zahl von 1 bis 65535 sein.',
  'export.invalid.text-too-long': '{field} ist länger als {max, plural, one {# Zeichen} other {# Zeichen}}.',
  'export.invalid.field': '{field} ist ungültig: {reason}',
  'export.invalid.preset': 'Unbekannte Vorgabe „{value}“. Verwenden Sie eine der folgenden: {list}.',
  'export.invalid.host-required': 'Diese Vorgabe hat keinen festen Server; geben Sie den Namen des Postausgangsservers an.',
  'export.invalid.incoming-required':
    'Für diesen Export ist ein Posteingangsserver (IMAP oder POP) nötig. Diese Vorgabe hat keinen; geben Sie ihn von Hand an.',
  'export.invalid.relay-not-for-mail-apps':
    'Die Relay-Einstellung ist für Drucker und Apps gedacht, die nur E-Mails senden; E-Mail-Apps können sie nicht verwenden. Exportieren Sie stattdessen das Anleitungsblatt.',
  'export.invalid.not-windows-1252':
    '{field} enthält Zeichen, die Profildateien für das klassische Outlook für Windows (.prf) nicht speichern können. Verwenden Sie einfache lateinische Buchstaben.',
  'export.invalid.prf-incoming-starttls':
    'Profildateien für das klassische Outlook für Windows können für eingehende E-Mails nur SSL/TLS oder keine Verschlüsselung festlegen, nicht STARTTLS.',
  'export.invalid.probe-result': 'Die Datei ist kein gespeichertes Testergebnis dieser App: {reason}',

  // Field names used in messages (they start a sentence)
  'export.field.address': 'Die E-Mail-Adresse',
  'export.field.displayName': 'Der Name',
  'export.field.organization': 'Die Organisation',
  'export.field.description': 'Die Kontobeschreibung',
  'export.field.host': 'Der Postausgangsserver',
  'export.field.port': 'Der Port für ausgehende E-Mails',
  'export.field.username': 'Der Benutzername',
  'export.field.incomingHost': 'Der Posteingangsserver',
  'export.field.incomingPort': 'Der Port für eingehende E-Mails',
  'export.field.incomingUsername': 'Der Benutzername für eingehende E-Mails',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Keine (nicht verschlüsselt)',
  'export.value.auth.oauth2': 'Mit Microsoft anmelden (moderne Authentifizierung, OAuth2)',
  'export.value.auth.password': 'Kennwort',
  'export.value.auth.none': 'Keine Anmeldung (der Server vertraut Ihrem Netzwerk oder Gerät)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile (Apple says „Account“)
  'export.mobileconfig.display-name': 'E-Mail: {address}',
  'export.mobileconfig.description.password':
    'Fügt den E-Mail-Account {address} zu Mail hinzu ({protocol} für eingehende E-Mails, SMTP für ausgehende). Bei der Installation werden Sie einmal nach dem Kennwort gefragt; es ist nicht in dieser Datei enthalten.',
  'export.mobileconfig.description.eas':
    'Fügt {address} zu Mail auf iPhone oder iPad als Microsoft Exchange-Account hinzu, der sich mit Microsoft anmeldet. Diese Datei enthält kein Kennwort.',
  'export.mobileconfig.description.ews':
    'Fügt {address} zu Mail auf dem Mac als Microsoft Exchange-Account (EWS) hinzu, der sich mit Microsoft anmeldet. Exchange Online blockiert EWS seit dem {blockedFrom}, sofern Ihre IT es nicht erlaubt, und schaltet es am {off} ab; verwenden Sie dann Outlook für Mac.',
  'export.mobileconfig.payload.mail': '{protocol}- und SMTP-Account',
  'export.mobileconfig.payload.exchange': 'Microsoft Exchange-Account',
  'export.note.mobileconfig.no-oauth':
    'Die Mail-Payload von Apple (IMAP/POP und SMTP) kann sich nicht mit Microsoft anmelden (OAuth) und würde daher einen Account anlegen, der sich nie anmeldet. Dieses Profil fügt das Postfach stattdessen als Microsoft Exchange-Account mit Microsoft-Anmeldung hinzu.',
  'export.note.mobileconfig.ews-retiring':
    'Dieses Mac-Profil verwendet Exchange Web Services (EWS), den einzigen Weg, auf dem Apple Mail auf dem Mac Exchange Online erreicht („Internetaccounts › Microsoft Exchange“ nutzt ebenfalls EWS). Exchange Online blockiert EWS seit dem {blockedFrom}, sofern der Mandant es nicht erlaubt, und schaltet es am {off} ab. Empfohlen ist Outlook für Mac.',
  'export.note.mobileconfig.ios-only': 'Dieses Profil ist nur für iPhone und iPad gedacht (Macs können keine Exchange ActiveSync-Profile installieren).',
  'export.note.mobileconfig.password-prompt':
    'Das Profil enthält kein Kennwort: Mail fragt bei der Installation des Profils einmal danach.',
  'export.note.mobileconfig.ssl-587':
    'Apple sagt nicht, ob „SSL verwenden“ auf Port 587 STARTTLS bedeutet; testen Sie nach der Installation das Senden.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: Konto im klassischen Outlook für {address}. Diese Datei enthält kein Kennwort.',
  'export.note.prf.caveat':
    'Microsoft empfiehlt .prf-Dateien für Outlook 2016 und neuer nicht (KB 4046818). Sie fügen zwar weiterhin IMAP- und POP-Konten hinzu, können sich aber nicht mit Microsoft anmelden (OAuth) und enthalten kein Kennwort: Outlook fragt danach.',
  'export.note.prf.microsoft':
    'Dies ist ein Microsoft-Postfach. Eine .prf-Datei kann sich nicht mit Microsoft anmelden und funktioniert hier deshalb nicht. Verwenden Sie im klassischen Outlook für Windows „Datei › Konto hinzufügen“, geben Sie die Adresse ein und melden Sie sich an.',
  'export.note.prf.run-cmd':
    'Lassen Sie die .cmd-Datei neben der .prf-Datei liegen, schließen Sie Outlook und doppelklicken Sie dann auf die .cmd-Datei.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird hat keinen Befehl zum Öffnen dieser Datei. Veröffentlichen Sie die Datei unter https://autoconfig.{domain}/mail/config-v1.1.xml, oder kopieren Sie sie als {domain}.xml in den Ordner „isp“ der Thunderbird-Installation.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird kennt die Einstellungen für Microsoft 365 und Outlook.com bereits, einschließlich der Microsoft-Anmeldung; diese Datei brauchen Sie nur, um sie zu überschreiben.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird meldet sich nur bei Servern, die es kennt, mit OAuth2 an; {host} kennt es vielleicht nicht und meldet dann „Lacking OAuth2 config“.',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'E-Mail-Einstellungen für {address}',
  'export.sheet.app-title': '{app}: E-Mail-Einstellungen für {address}',
  'export.sheet.no-password': 'Dieses Blatt enthält kein Kennwort.',
  'export.sheet.intro':
    'Bewahren Sie dieses Blatt auf. Es enthält die Einstellungen für Ihr Postfach und die Schritte für jede E-Mail-App. Ein Kennwort steht nicht darauf.',
  'export.sheet.created': 'Erstellt am {date}',
  'export.sheet.settings.heading': 'Ihre Einstellungen',
  'export.sheet.settings.address': 'E-Mail-Adresse',
  'export.sheet.settings.username': 'Benutzername',
  'export.sheet.settings.sign-in': 'Anmeldung',
  'export.sheet.settings.outgoing': 'Ausgehende E-Mails (SMTP)',
  'export.sheet.settings.incoming': 'Eingehende E-Mails ({protocol})',
  'export.sheet.settings.server': 'Server {host}, Port {port}, Verschlüsselung {security}',
  'export.sheet.notes.heading': 'Gut zu wissen',
  'export.sheet.note.microsoft-sign-in':
    'Ihr Postfach meldet sich mit Microsoft an. Wählen Sie in jeder App „Konto hinzufügen“, geben Sie Ihre Adresse ein und melden Sie sich auf der Microsoft-Seite an. Die Servertabelle ist nur eine Notlösung für Apps, die danach fragen.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com schaltet POP und IMAP standardmäßig aus. Nur wenn eine App nach den IMAP- oder POP-Einstellungen fragt: Schalten Sie sie auf outlook.com unter „Einstellungen › Mail › Weiterleitung und IMAP“ ein.',
  'export.sheet.note.basic-auth-2026':
    'Microsoft schaltet die Anmeldung mit Kennwort zum Senden (SMTP AUTH) Ende {basicOffMonth} standardmäßig ab; Ihr Admin kann sie wieder einschalten. Apps, die sich mit Microsoft anmelden, funktionieren weiter.',
  'export.sheet.note.relay':
    'Diese Einstellung ist für Drucker, Scanner und Apps gedacht, die E-Mails ohne Anmeldung senden. Ihr IT-Admin muss das Gerät in Microsoft 365 zulassen (ein Connector für seine öffentliche IP-Adresse oder sein Zertifikat). Geben Sie diese Werte an die Person weiter, die das Gerät einrichtet.',
  'export.sheet.note.send-only':
    'Diese Einstellungen sind für Drucker, Scanner und Apps gedacht, die nur E-Mails senden. Geben Sie sie an die Person weiter, die das Gerät einrichtet.',
  'export.sheet.note.no-password': 'Die App fragt nach Ihrem Kennwort. Niemand aus der IT wird Sie bitten, es aufzuschreiben.',
  'export.sheet.steps.heading': 'Schritt für Schritt',

  'export.sheet.step.new-outlook.open': 'Öffnen Sie Outlook und wählen Sie „Einstellungen“ (Zahnrad) › „Konten“ › „E-Mail-Konten“ › „Konto hinzufügen“.',
  'export.sheet.step.new-outlook.address': 'Geben Sie {address} ein und wählen Sie „Weiter“.',
  'export.sheet.step.new-outlook.sign-in': 'Melden Sie sich auf der Microsoft-Seite an. Outlook findet die Server selbst.',
  'export.sheet.step.new-outlook.manual':
    'Wenn Outlook nach der Kontoart fragt, wählen Sie {protocol}. Geben Sie Posteingangs- und Postausgangsserver, Ports und Verschlüsselung aus der Tabelle oben ein.',
  'export.sheet.step.new-outlook.password': 'Geben Sie Ihr Kennwort ein, wenn Sie danach gefragt werden, und wählen Sie „Weiter“.',

  'export.sheet.step.classic-outlook.open': 'Öffnen Sie Outlook und wählen Sie „Datei › Konto hinzufügen“.',
  'export.sheet.step.classic-outlook.address': 'Geben Sie {address} ein und wählen Sie „Verbinden“.',
  'export.sheet.step.classic-outlook.sign-in': 'Melden Sie sich auf der Microsoft-Seite an und wählen Sie dann „Fertig“.',
  'export.sheet.step.classic-outlook.advanced':
    'Wählen Sie „Erweiterte Optionen“, setzen Sie den Haken bei „Ich möchte mein Konto manuell einrichten“, wählen Sie „Verbinden“ und dann {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Geben Sie Posteingangs- und Postausgangsserver, Ports und Verschlüsselungsmethode aus der Tabelle oben ein und wählen Sie dann „Weiter“.',
  'export.sheet.step.classic-outlook.password': 'Geben Sie Ihr Kennwort ein und wählen Sie „Verbinden“.',
  'export.sheet.step.classic-outlook.prf':
    'Wenn Ihnen die IT eine .cmd-Datei mit einer .prf-Datei daneben gegeben hat: Schließen Sie Outlook und doppelklicken Sie auf die .cmd-Datei. Microsoft empfiehlt .prf-Dateien nicht mehr; wenn es nicht klappt, folgen Sie den Schritten oben.',

  'export.sheet.step.outlook-mac.open': 'Öffnen Sie Outlook und wählen Sie „Outlook › Einstellungen › Konten“, dann die Schaltfläche „+“ › „Neues Konto“.',
  'export.sheet.step.outlook-mac.address': 'Geben Sie {address} ein und wählen Sie „Weiter“.',
  'export.sheet.step.outlook-mac.sign-in': 'Melden Sie sich auf der Microsoft-Seite an und wählen Sie dann „Fertig“.',
  'export.sheet.step.outlook-mac.manual':
    'Wenn Outlook nach dem Anbieter fragt, wählen Sie {protocol} und geben Sie Server, Ports und Benutzernamen aus der Tabelle oben ein.',
  'export.sheet.step.outlook-mac.password': 'Geben Sie Ihr Kennwort ein und wählen Sie „Konto hinzufügen“.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail auf dem Mac erreicht Microsoft 365 nur über Exchange Web Services (EWS), auch über „Systemeinstellungen › Internetaccounts › Microsoft Exchange“. Microsoft blockiert EWS seit dem {blockedFrom}, sofern Ihre IT es nicht erlaubt, und schaltet es am {off} ab.',
  'export.sheet.step.apple-mail.use-outlook': 'Verwenden Sie stattdessen Outlook für Mac (Schritte oben), es sei denn, Ihre IT sagt Ihnen, dass EWS für Ihre Organisation erlaubt ist.',
  'export.sheet.step.apple-mail.other': 'Öffnen Sie Mail und wählen Sie „Mail › Account hinzufügen › Anderer Mail-Account“, dann „Fortfahren“.',
  'export.sheet.step.apple-mail.other-details': 'Geben Sie Ihren Namen, {address} und Ihr Kennwort ein und wählen Sie dann „Anmelden“.',
  'export.sheet.step.apple-mail.other-servers':
    'Wenn Mail nach den Servern fragt, wählen Sie {protocol} und geben Sie Posteingangs- und Postausgangsserver aus der Tabelle oben ein.',
  'export.sheet.step.apple-mail.profile':
    'Wenn Ihnen die IT eine .mobileconfig-Datei gegeben hat: Doppelklicken Sie darauf, öffnen Sie dann „Systemeinstellungen › Allgemein › Geräteverwaltung“ (unter macOS 14: „Datenschutz & Sicherheit › Profile“) und wählen Sie „Installieren“.',

  'export.sheet.step.iphone.exchange': 'Öffnen Sie „Einstellungen › Apps › Mail › Mail-Accounts › Account hinzufügen“ und wählen Sie „Microsoft Exchange“.',
  'export.sheet.step.iphone.exchange-sign-in': 'Geben Sie {address} ein, tippen Sie auf „Weiter“ und dann auf „Anmelden“, und melden Sie sich mit Microsoft an.',
  'export.sheet.step.iphone.other': 'Öffnen Sie „Einstellungen › Apps › Mail › Mail-Accounts › Account hinzufügen › Andere › Mail-Account hinzufügen“.',
  'export.sheet.step.iphone.other-details':
    'Geben Sie Ihren Namen, {address} und Ihr Kennwort ein, wählen Sie {protocol} und geben Sie die Server aus der Tabelle oben ein.',
  'export.sheet.step.iphone.profile':
    'Wenn Ihnen die IT eine .mobileconfig-Datei gegeben hat: Öffnen Sie sie, gehen Sie dann zu „Einstellungen › Profil geladen“ und tippen Sie innerhalb von {duration} auf „Installieren“.',

  'export.sheet.source': 'Quelle dieser Werte: {source}',

  // Diagnostic report
  'export.report.title': 'Testbericht zur Mail-Verbindung',
  'export.report.intro':
    'Dieser Bericht zeigt, was passiert ist, als die App den Mailserver getestet hat. Kennwörter, Token und Anmeldedaten wurden entfernt. Senden Sie ihn an Ihren IT-Admin.',
  'export.report.created': 'Erstellt am {date}',
  'export.report.summary.heading': 'Zusammenfassung',
  'export.report.summary.verdict': 'Ergebnis',
  'export.report.summary.server': 'Mailserver',
  'export.report.summary.security': 'Verschlüsselung',
  'export.report.summary.sign-in': 'Anmeldung',
  'export.report.summary.user': 'Benutzername',
  'export.report.summary.started': 'Getestet am',
  'export.report.summary.duration': 'Dauer',
  'export.report.verdict.pass': 'Funktioniert',
  'export.report.verdict.warn': 'Funktioniert, mit Warnungen',
  'export.report.verdict.fail': 'Funktioniert nicht',
  'export.report.verdict.cancelled': 'Abgebrochen',
  'export.report.findings.heading': 'Was gefunden wurde',
  'export.report.findings.none': 'Es wurden keine Probleme gefunden.',
  'export.report.stages.heading': 'Schritte des Tests',
  'export.report.stages.step': 'Schritt',
  'export.report.stages.status': 'Ergebnis',
  'export.report.stages.time': 'Zeit',
  'export.report.stages.detail': 'Details',
  'export.report.status.pass': 'bestanden',
  'export.report.status.warn': 'Warnung',
  'export.report.status.fail': 'fehlgeschlagen',
  'export.report.status.skipped': 'übersprungen',
  'export.report.tls.heading': 'Verschlüsselung und Zertifikat',
  'export.report.tls.none': 'Es wurde keine verschlüsselte Verbindung aufgebaut.',
  'export.report.tls.protocol': 'Protokoll',
  'export.report.tls.cipher': 'Verschlüsselungsverfahren',
  'export.report.tls.verified': 'Zertifikat vertrauenswürdig',
  'export.report.tls.diagnosis': 'Diagnose',
  'export.report.tls.verify-error': 'Prüffehler',
  'export.report.tls.system-store': 'Nur über den Zertifikatspeicher des Betriebssystems vertrauenswürdig',
  'export.report.tls.interceptor': 'Abgefangen von',
  'export.report.tls.chain': 'Zertifikat {n} der Kette',
  'export.report.tls.cert': '{subject}, ausgestellt von {issuer}, gültig von {from} bis {to}, Namen: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Was der Server angeboten hat',
  'export.report.capabilities.extensions': 'Erweiterungen',
  'export.report.capabilities.auth': 'Anmeldemethoden',
  'export.report.transcript.heading': 'Kommunikation mit dem Server (vertrauliche Daten entfernt)',
  'export.report.yes': 'ja',
  'export.report.no': 'nein',
  'export.report.stage.resolve': 'Servernamen auflösen',
  'export.report.stage.connect': 'Verbinden',
  'export.report.stage.greeting': 'Begrüßung des Servers',
  'export.report.stage.ehlo': 'Vorstellen (EHLO)',
  'export.report.stage.starttls': 'Verschlüsselung starten (STARTTLS)',
  'export.report.stage.tls': 'Verschlüsselte Verbindung (TLS)',
  'export.report.stage.ehlo-tls': 'Erneut vorstellen, verschlüsselt',
  'export.report.stage.auth': 'Anmelden',
  'export.report.stage.mail-from': 'Absender angenommen',
  'export.report.stage.rcpt-to': 'Empfänger angenommen',
  'export.report.stage.data': 'Testnachricht gesendet',
  'export.report.stage.quit': 'Verabschieden',

  // Writer / CLI
  'export.cli.password-refused':
    'Exporte enthalten nie ein Kennwort oder Token, daher nimmt dieser Befehl keines an. Entfernen Sie {flag}.',
  'export.write.failed': '{path} konnte nicht geschrieben werden: {reason}',
  'export.report.seconds': '{seconds} s',
};
