import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/**
 * German: what works in each mail app. Menu paths and buttons use the German labels of
 * Outlook, Apple (Mail, iOS, macOS) and Thunderbird, in „…“ with › between levels.
 */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Klassisches Outlook für Windows',
  'exportApps.app.outlook-new': 'Neues Outlook für Windows',
  'exportApps.app.outlook-mac': 'Outlook für Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail auf dem Mac',
  'exportApps.app.ios': 'Mail auf iPhone oder iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Drucker, Scanner oder App, die E-Mails sendet',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} richtet sich anhand Ihrer Adresse selbst ein: Folgen Sie den drei Schritten unten und melden Sie sich mit Microsoft an.',
  'exportApps.headline.manual': '{app} bietet für dieses Konto keine Einstellungsdatei: Folgen Sie den Schritten unten mit den angezeigten Einstellungen.',
  'exportApps.headline.prf': 'Speichern Sie die Einstellungsdatei für {app}, oder folgen Sie den Schritten unten.',
  'exportApps.headline.profile': 'Speichern Sie das Profil und öffnen Sie es auf dem Gerät, oder folgen Sie den Schritten unten.',
  'exportApps.headline.mac-mail-microsoft': 'Apple Mail auf dem Mac ist für dieses Postfach keine verlässliche Wahl: Verwenden Sie Outlook für Mac (Schritte unten).',
  'exportApps.headline.thunderbird': 'Thunderbird findet die Einstellungen selbst: Folgen Sie den Schritten unten.',
  'exportApps.headline.device': 'Speichern oder drucken Sie das Einstellungsblatt und tragen Sie die Werte im Gerät ein.',
  'exportApps.headline.not-a-mailbox': 'Diese Einstellungen dienen nur zum Senden, deshalb kann {app} sie nicht verwenden. Wählen Sie stattdessen „Drucker, Scanner oder App“, oder gehen Sie zurück und geben Sie Ihr Postfach ein.',
  'exportApps.steps.title.outlook-mac-instead': 'Empfohlen: Outlook für Mac einrichten',
  'exportApps.steps.title.profile': 'Profil installieren',
  'exportApps.steps.title.device': 'Diese Einstellungen im Gerät eintragen',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'Wählen Sie in Outlook „Datei › Konto hinzufügen“.',
  'exportApps.step.new.open': 'Wählen Sie in Outlook „Einstellungen“ (Zahnrad) › „Konten“ › „E-Mail-Konten“ › „Konto hinzufügen“.',
  'exportApps.step.mac.open': 'Wählen Sie in Outlook „Outlook › Einstellungen › Konten“ und dann „+“ › „Neues Konto“.',
  'exportApps.step.outlook.address': 'Geben Sie {address} ein und wählen Sie „Weiter“.',
  'exportApps.step.classic.address': 'Geben Sie {address} ein und wählen Sie „Verbinden“.',
  'exportApps.step.outlook.sign-in': 'Melden Sie sich auf der Microsoft-Seite an. Outlook findet die Server selbst; wählen Sie „Fertig“.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Wählen Sie „Erweiterte Optionen“, setzen Sie den Haken bei „Ich möchte mein Konto manuell einrichten“, wählen Sie „Verbinden“ und dann {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Wenn Outlook nach der Kontoart fragt, wählen Sie {protocol} und geben Sie dann Server, Ports und Verschlüsselung aus den hier angezeigten Einstellungen ein.',
  'exportApps.step.outlook.password': 'Geben Sie Ihr Kennwort ein, wenn Outlook danach fragt. Es bleibt in Outlook; keine Datei enthält es.',
  'exportApps.step.classic.prf': 'Oder: Speichern Sie die Einstellungsdatei, schließen Sie Outlook und doppelklicken Sie auf die .cmd-Datei, die daneben gespeichert wurde.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'Wählen Sie in Mail „Mail › Account hinzufügen › Anderer Mail-Account“, geben Sie Ihren Namen, {address} und Ihr Kennwort ein und wählen Sie dann „Anmelden“.',
  'exportApps.step.mac-mail.manual-servers': 'Wenn Mail nach den Servern fragt, wählen Sie {protocol} und geben Sie die Server aus den hier angezeigten Einstellungen ein.',
  'exportApps.step.mac.profile-open': 'Doppelklicken Sie auf das gespeicherte Profil. macOS meldet, dass es geladen wurde und geprüft werden muss.',
  'exportApps.step.mac.profile-install': 'Öffnen Sie „Systemeinstellungen › Allgemein › Geräteverwaltung“ (unter macOS 14: „Datenschutz & Sicherheit › Profile“), wählen Sie das Profil und dann „Installieren“. Mail fragt nach Ihrem Kennwort.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Bringen Sie das gespeicherte Profil auf das iPhone oder iPad: per AirDrop von einem Mac, oder schicken Sie es sich per E-Mail und öffnen Sie den Anhang dort in Mail. Packen Sie es nicht in ein ZIP-Archiv und benennen Sie es nicht um.',
  'exportApps.step.ios.install': 'Öffnen Sie „Einstellungen“, tippen Sie auf „Profil geladen“ und dann auf „Installieren“, und folgen Sie den Anweisungen – und zwar innerhalb von {minutes, plural, one {# Minute} other {# Minuten}} (danach löscht iOS das Profil).',
  'exportApps.step.ios.sign-in': 'Melden Sie sich mit Microsoft an, wenn Sie dazu aufgefordert werden. Mail, Kalender und Kontakte werden hinzugefügt.',
  'exportApps.step.ios.password': 'Geben Sie Ihr Kennwort ein, wenn Sie danach gefragt werden; es ist nicht im Profil enthalten.',
  'exportApps.step.ios.manual-exchange': 'Ohne Datei: „Einstellungen › Apps › Mail › Mail-Accounts › Account hinzufügen › Microsoft Exchange“, {address} eingeben und auf „Anmelden“ tippen.',
  'exportApps.step.ios.manual-other': 'Ohne Datei: „Einstellungen › Apps › Mail › Mail-Accounts › Account hinzufügen › Andere › Mail-Account hinzufügen“; {protocol} wählen und die hier angezeigten Server eingeben.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'Öffnen Sie in Thunderbird das Menü › „Konten-Einstellungen“ › „Konten-Aktionen“ › „E-Mail-Konto hinzufügen“.',
  'exportApps.step.thunderbird.address': 'Geben Sie Ihren Namen und {address} ein und wählen Sie dann „Weiter“.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird findet die Microsoft-Einstellungen. Wählen Sie „Fertig“ und melden Sie sich in dem Fenster, das sich öffnet, mit Microsoft an.',
  'exportApps.step.thunderbird.password': 'Geben Sie Ihr Kennwort ein. Wenn Thunderbird andere Server findet als die hier angezeigten, wählen Sie „Manuell einrichten“ und geben Sie diese ein.',

  // Devices.
  'exportApps.step.device.server': 'Tragen Sie in den E-Mail-Einstellungen (SMTP) des Geräts ein: Server {host}, Port {port}, Verschlüsselung {security}.',
  'exportApps.step.device.user': 'Benutzername: {user}. Anmeldung: {auth}.',
  'exportApps.step.device.no-user': 'Anmeldung: keine. Der Server nimmt das Gerät an, weil die IT es zugelassen hat.',
  'exportApps.step.device.test': 'Senden Sie vom Gerät eine Testnachricht an Ihre eigene Adresse.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'Keine Einstellungsdatei: Im klassischen Outlook für Windows können sich .prf-Dateien nicht mit Microsoft anmelden (moderne Authentifizierung), eine solche Datei würde für dieses Postfach also nie funktionieren.',
  'exportApps.note.prf-password-only': 'Eine .prf-Datei für das klassische Outlook für Windows kann nur IMAP oder POP mit Kennwort einrichten, nie das Kennwort selbst enthalten. Microsoft empfiehlt .prf-Dateien nicht mehr, daher sind die Schritte der sichere Weg.',
  'exportApps.note.new-outlook-no-file': 'Das neue Outlook für Windows hat überhaupt keine Einstellungsdatei: Jedes Konto wird durch Eingabe der Adresse hinzugefügt.',
  'exportApps.note.outlook-mac-no-file': 'Outlook für Mac hat keine Einstellungsdatei für Konten: Ein Konto wird durch Eingabe der Adresse hinzugefügt.',
  'exportApps.note.outlook-finds-it': 'Outlook findet das Postfach über den Autodiscover-Dienst von Microsoft. Die Prüfung unten fragt diesen Dienst von diesem Computer aus, ob er {address} kennt.',
  'exportApps.note.password-tested':
    'Sie haben das Senden mit Kennwort (SMTP AUTH) getestet. Outlook und Smartphones brauchen das nicht: Sie melden sich mit Microsoft an. Microsoft schaltet die Anmeldung mit Kennwort zum Senden bis zum {date} standardmäßig ab.',
  'exportApps.note.mac-mail-ews':
    'Apple Mail, Kalender und Kontakte auf dem Mac erreichen Microsoft 365 nur über Exchange Web Services (EWS); auch „Systemeinstellungen › Internetaccounts › Microsoft Exchange“ nutzt EWS. Microsoft blockiert EWS seit dem {blockedFrom}, sofern Ihre IT es nicht erlaubt, und schaltet es am {off} endgültig ab.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail fügt Outlook.com als Microsoft Exchange-Account (EWS) hinzu. Microsoft stellt EWS ein (blockiert seit dem {blockedFrom}, sofern kein Admin es erlaubt, abgeschaltet am {off}); ob persönliche Outlook.com-Konten betroffen sind, hat Microsoft nicht gesagt (keine Angabe gefunden). Outlook für Mac funktioniert in jedem Fall.',
  'exportApps.note.ews-allowed': 'Ihre IT erlaubt EWS, deshalb wird ein Mac-Profil angeboten. Es funktioniert ab dem {off} nicht mehr, wenn Microsoft EWS für alle abschaltet.',
  'exportApps.note.ews-not-allowed': 'Kein Mac-Profil: Die Vorgaben Ihrer Organisation sagen nicht, dass EWS erlaubt ist, und ohne EWS kann sich das Profil nicht anmelden.',
  'exportApps.note.ios-activesync': 'iPhone und iPad nutzen Exchange ActiveSync; das Aus für EWS betrifft sie nicht.',
  'exportApps.note.signed': 'Von Ihrer Organisation signiert: iPhone, iPad oder Mac zeigen es als „Überprüft“ an.',
  'exportApps.note.unsigned':
    'Nicht signiert (Ihre IT hat kein Signaturzertifikat eingerichtet): Das Gerät zeigt es als „Nicht signiert“ oder „Nicht überprüft“ an und bittet Sie, noch einmal zu bestätigen. Bei einer Datei aus dieser App ist das normal.',
  'exportApps.note.no-password-profile-outlook-com': 'Kein Mail-Profil mit Kennwort: Outlook.com akzeptiert nur die Microsoft-Anmeldung.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird kennt die Einstellungen von Microsoft bereits und meldet sich selbst mit Microsoft an; eine Datei ist nicht nötig.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird hat keinen Befehl zum Öffnen einer Einstellungsdatei; es sucht die Einstellungen oder errät sie. Die IT kann sie für die ganze Domäne veröffentlichen (siehe „Für die IT“).',
  'exportApps.note.not-a-mailbox': 'Einstellungen für Relay, Direct Send und Smarthost haben kein Postfach, aus dem sich E-Mails lesen ließen.',
  'exportApps.note.incoming-needed': 'Um eine Einstellungsdatei zu speichern, geben Sie den Posteingangsserver (IMAP oder POP) an, den Ihr Anbieter nennt.',
  'exportApps.note.device.basic-auth':
    'Ein Gerät, das sich mit Kennwort anmeldet, nutzt SMTP AUTH – und das schaltet Microsoft für bestehende Organisationen bis zum {date} standardmäßig ab; die IT kann es vorerst wieder einschalten. Geräte, die sich mit Microsoft anmelden können (OAuth), funktionieren weiter.',
  'exportApps.note.device.alternatives':
    'Ein Gerät, das sich nicht anmelden kann, kann Direct Send (nur an Ihre eigene Organisation) oder einen SMTP-Relay-Connector nutzen, den die IT für seine Adresse einrichtet. Fragen Sie die IT.',
  'exportApps.note.device.outlook-com': 'Outlook.com akzeptiert seit dem {date} nur die Microsoft-Anmeldung: Ein Gerät, das sich nicht mit Microsoft anmelden kann, kann nicht über Outlook.com senden.',
  'exportApps.note.device.relay':
    'Keine Anmeldung: Die IT muss das Gerät in Microsoft 365 zulassen (ein Connector für seine öffentliche IP-Adresse oder sein Zertifikat). Direct Send stellt nur an Ihre eigene Organisation zu.',
  'exportApps.note.device.password': 'Das Kennwort bleibt im Gerät; das Einstellungsblatt enthält es nie.',
  'exportApps.note.report-none': 'Ein Diagnosebericht beschreibt einen Testlauf seit dem Start der App. Testen Sie diese Einstellungen (oder wählen Sie „Erneut testen“ unter „Gespeicherte Einstellungen“), um einen hinzuzufügen.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profil für iPhone und iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Fügt {address} als Microsoft Exchange-Account hinzu, der sich mit Microsoft anmeldet. Es enthält kein Kennwort.',
  'exportApps.file.mobileconfig-ios.what.password': 'Fügt {address} mit Posteingangs- und Postausgangsserver hinzu. Das Gerät fragt nach dem Kennwort.',
  'exportApps.file.mobileconfig-macos.title': 'Profil für Apple Mail auf dem Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Fügt {address} mit Posteingangs- und Postausgangsserver hinzu. Mail fragt nach dem Kennwort.',
  'exportApps.file.mobileconfig-ews.title': 'Mac-Profil, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Fügt {address} in Apple Mail als Microsoft Exchange-Account (EWS) hinzu, der sich mit Microsoft anmeldet.',
  'exportApps.file.prf.title': 'Einstellungsdatei für das klassische Outlook für Windows (.prf und .cmd)',
  'exportApps.file.prf.what': 'Fügt {address} zum klassischen Outlook für Windows hinzu, wenn Sie auf die .cmd-Datei doppelklicken. Outlook fragt nach dem Kennwort.',
  'exportApps.file.autoconfig.title': 'Thunderbird-Autoconfig-Datei (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'Zum Veröffentlichen durch die IT unter https://autoconfig.{domain}/mail/config-v1.1.xml, damit Thunderbird diese Einstellungen für alle bei {domain} findet.',
  'exportApps.file.sheet-pdf.title': 'Einstellungsblatt (PDF)',
  'exportApps.file.sheet-pdf.what': 'Die Einstellungen und Schritte für {app}, zum Ausdrucken oder Aufbewahren.',
  'exportApps.file.sheet.title': 'Einstellungsblatt für alle Apps (Webseite)',
  'exportApps.file.sheet.what': 'Einstellungen und Schritte für jede E-Mail-App, zum Weitergeben an Kolleginnen und Kollegen oder den Helpdesk.',
  'exportApps.file.report.title': 'Diagnosebericht (Webseite und JSON)',
  'exportApps.file.report.what': 'Was der letzte Test gefunden hat, mit technischen Details und ohne Kennwort, für die IT.',
  'exportApps.steps.title.outlook-classic': 'Klassisches Outlook für Windows einrichten',
  'exportApps.steps.title.outlook-new': 'Neues Outlook für Windows einrichten',
  'exportApps.steps.title.outlook-mac': 'Outlook für Mac einrichten',
  'exportApps.steps.title.apple-mail-mac': 'Apple Mail auf dem Mac einrichten',
  'exportApps.steps.title.ios': 'Mail auf iPhone oder iPad einrichten',
  'exportApps.steps.title.thunderbird': 'Thunderbird einrichten',
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'Datei: {title}',
  'exportApps.cli.file-saved': 'Datei: {title} -> {paths}',
  'exportApps.cli.for-it': 'Für die IT: {title}',
  'exportApps.cli.for-it-saved': 'Für die IT: {title} -> {paths}',
  'exportApps.cli.check': 'Prüfen: {words}',
  'exportApps.cli.note': 'Hinweis: {note}',
  'exportApps.cli.error.app': '--app muss einer dieser Werte sein: {choices}.',
};
