import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** German: the export screen („E-Mail-App einrichten“). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'E-Mail-App einrichten',
  'exportScreen.title': 'Ihre E-Mail-App einrichten',
  'exportScreen.lead': 'Wählen Sie die App, die Sie verwenden. Sie erhalten, was in dieser App für {address} funktioniert: eine Datei, eine Schritt-für-Schritt-Anleitung oder eine Prüfung.',
  'exportScreen.lead.noAccount': 'Nennen Sie uns Ihre Adresse und die Kontoart, und wählen Sie dann die App, die Sie verwenden.',
  'exportScreen.offline': 'Sie sind offline: Alle Dateien und Schritte hier funktionieren trotzdem. Nur die Outlook-Prüfung braucht eine Verbindung.',

  'exportScreen.account.heading': 'Ihr Konto',
  'exportScreen.account.address': 'E-Mail-Adresse',
  'exportScreen.account.kind': 'Kontoart',
  'exportScreen.account.kind.microsoft365': 'Microsoft 365-Geschäfts- oder Schulkonto',
  'exportScreen.account.kind.outlook-com': 'Outlook.com oder Hotmail',
  'exportScreen.account.kind.imap': 'Anderer Anbieter (IMAP oder POP mit Kennwort)',
  'exportScreen.account.kind.relay': 'Drucker oder App, die über Microsoft 365 sendet (kein Postfach)',
  'exportScreen.account.kindHint': 'Geschäfts- und Schuladressen in Microsoft 365 melden sich mit Microsoft an. Wählen Sie für jeden anderen E-Mail-Dienst „Anderer Anbieter“.',
  'exportScreen.account.outgoingHost': 'Postausgangsserver (SMTP)',
  'exportScreen.account.incomingProtocol': 'Eingehende E-Mails',
  'exportScreen.account.incomingHost': 'Posteingangsserver',
  'exportScreen.account.incomingHint': 'Ihr Anbieter nennt ihn, zum Beispiel imap.example.com. Wird für Einstellungsdateien gebraucht.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Konto ändern',
  'exportScreen.account.invalid': 'Prüfen Sie das Konto: {message}',

  'exportScreen.apps.heading': 'Welche App verwenden Sie?',
  'exportScreen.apps.hint': 'Wählen Sie eine aus; für eine weitere können Sie später zurückkommen.',

  'exportScreen.files.heading': 'Dateien',
  'exportScreen.steps.print': 'Schritte drucken',
  'exportScreen.steps.pdf': 'Schritte als PDF speichern…',
  'exportScreen.save': 'Speichern…',
  'exportScreen.saving': 'Wird gespeichert…',
  'exportScreen.saved': 'Gespeichert: {path}',
  'exportScreen.saved.signed': 'Von Ihrer Organisation signiert.',
  'exportScreen.saved.unsigned': 'Nicht signiert.',
  'exportScreen.failed': 'Speichern fehlgeschlagen: {message}',
  'exportScreen.showInFolder': 'Im Ordner anzeigen',
  'exportScreen.open': 'Öffnen',
  'exportScreen.openFailed': 'Das hat nicht geklappt: {message}',
  'exportScreen.notes.heading': 'Gut zu wissen',

  'exportScreen.check.heading': 'Findet Outlook Ihr Postfach?',
  'exportScreen.check.run': 'Jetzt prüfen',
  'exportScreen.check.again': 'Erneut prüfen',
  'exportScreen.check.notRun': 'Die App kann von diesem Computer aus bei Microsoft nachfragen, ob Outlook Ihr Postfach finden wird.',

  'exportScreen.signing.ready': 'Apple-Profile werden als „{signer}“ signiert, daher zeigen Geräte sie als „Überprüft“ an.',
  'exportScreen.signing.problem': 'Apple-Profile werden unsigniert gespeichert: {problem}',

  'exportScreen.forIt.heading': 'Für die IT',
  'exportScreen.forIt.lead': 'Dateien für die Person, die Ihren E-Mail-Dienst betreut. Um Ihre App einzurichten, brauchen Sie sie nicht.',
  'exportScreen.plan.heading.outlook-classic': 'Was im klassischen Outlook für Windows funktioniert',
  'exportScreen.plan.heading.outlook-new': 'Was im neuen Outlook für Windows funktioniert',
  'exportScreen.plan.heading.outlook-mac': 'Was in Outlook für Mac funktioniert',
  'exportScreen.plan.heading.apple-mail-mac': 'Was in Apple Mail auf dem Mac funktioniert',
  'exportScreen.plan.heading.ios': 'Was in Mail auf iPhone oder iPad funktioniert',
  'exportScreen.plan.heading.thunderbird': 'Was in Thunderbird funktioniert',
  'exportScreen.plan.heading.device': 'Was für einen Drucker, Scanner oder eine App funktioniert',
};
