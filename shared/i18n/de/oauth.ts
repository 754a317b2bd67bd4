import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** German: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the person's browser shows after signing in (electron/oauth/browser-pages.ts).
  'oauth.page.success.title': 'Sie sind angemeldet',
  'oauth.page.success.body': 'Sie können diesen Tab schließen und zum Mail Setup Assistant zurückkehren.',
  'oauth.page.error.title': 'Die Anmeldung wurde nicht abgeschlossen',
  'oauth.page.error.body': 'Es wurde nichts geändert. Schließen Sie diesen Tab, kehren Sie zum Mail Setup Assistant zurück und versuchen Sie es erneut.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'Warten auf Ihre Anmeldung im Browser…',
  'oauth.progress.device-code': 'Öffnen Sie zum Anmelden {url} und geben Sie den Code {code} ein',
  'oauth.progress.cancel': 'Abbrechen',
  'oauth.account.signed-in': 'Mit Microsoft angemeldet als {username}.',
  'oauth.account.use-different': 'Anderes Konto verwenden',
  'oauth.account.mismatch':
    'Sie sind als {username} angemeldet, getestet werden soll aber die Adresse {address}. Der Test meldet sich als {username} an: Das funktioniert nur, wenn {username} als {address} senden darf (zum Beispiel bei einem freigegebenen Postfach). Falls es das falsche Konto ist, melden Sie sich ab und erneut an.',
  'oauth.account.not-remembered': 'Ihre Anmeldung funktioniert vorerst, kann auf diesem Computer aber nicht gespeichert werden: {reason}',
  'oauth.cli.browser-hint': 'Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse selbst: {url}',
  'oauth.cli.signed-out': '{username} abgemeldet: Die Anmeldung wurde aus dem Kennwortspeicher dieses Computers entfernt.',
  'oauth.cli.not-signed-in': 'Auf diesem Computer ist keine Microsoft-Anmeldung für {username} gespeichert.',
  'oauth.cli.sign-in-failed': 'Microsoft-Anmeldung fehlgeschlagen: {words}',

  // One plain sentence per failure (shared/oauth.ts OAuthFailureCode); the catalogue adds IT messages.
  'oauth.failure.not-configured':
    'Die Microsoft-Anmeldung ist in dieser Kopie der App nicht eingerichtet. Ihr IT-Team kann sie einschalten: siehe „Microsoft-Anmeldung für die IT“.',
  'oauth.failure.cloud-not-supported': 'Die Microsoft-Anmeldung wird für diese Art von Konto in dieser Version der App nicht unterstützt.',
  'oauth.failure.cancelled': 'Die Anmeldung wurde beendet, bevor sie abgeschlossen war. Es wurde nichts geändert.',
  'oauth.failure.timed-out': 'Die Anmeldung wurde beendet, weil sie nicht innerhalb von {timeout} abgeschlossen war. Versuchen Sie es erneut, wenn Sie so weit sind.',
  'oauth.failure.consent-required': 'Diese App darf noch keine E-Mails für Ihr Konto senden. Melden Sie sich erneut an und bestätigen Sie die Anfrage, oder fragen Sie Ihr IT-Team.',
  'oauth.failure.admin-consent-required': 'Ihre Organisation verlangt, dass ein Administrator diese App genehmigt, bevor Sie sich anmelden können. Bitte fragen Sie Ihr IT-Team.',
  'oauth.failure.conditional-access': 'Die Anmelderegeln Ihrer Organisation erlauben diese Anmeldung von hier aus nicht. Bitte fragen Sie Ihr IT-Team.',
  'oauth.failure.mfa-required': 'Ihre Organisation verlangt eine zusätzliche Anmeldeprüfung (zum Beispiel einen Code auf Ihrem Handy). Melden Sie sich erneut an, um sie abzuschließen.',
  'oauth.failure.sign-in-again': 'Ihre gespeicherte Microsoft-Anmeldung ist abgelaufen oder wurde entfernt. Bitte melden Sie sich erneut an.',
  'oauth.failure.device-code-blocked':
    'Ihre Organisation erlaubt keine Anmeldung mit Code. Melden Sie sich stattdessen im Browser an (die meisten Organisationen, die seit dem {deviceCodeBlockedFrom} erstellt wurden, sperren Anmeldecodes).',
  'oauth.failure.unreachable': 'Dieser Computer erreicht den Anmeldedienst von Microsoft nicht. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
  'oauth.failure.server-error': 'Der Anmeldedienst von Microsoft hat mit einem Fehler geantwortet. Versuchen Sie es erneut; wenn es immer wieder passiert, senden Sie die Details an Ihr IT-Team.',

  // In-app help page for IT; docs/microsoft-sign-in.md has the same steps. Labels as in the German Microsoft Entra Admin Center.
  'oauth.help.title': 'Microsoft-Anmeldung für die IT',
  'oauth.help.intro':
    'Der Mail Setup Assistant meldet sich über die eigene App-Registrierung Ihrer Organisation bei Microsoft an. Eine Client-ID aus einem anderen Produkt wird nie verwendet. Registrieren Sie die App einmal, und geben Sie die Client-ID dann an die Mitarbeitenden weiter.',
  'oauth.help.step.register': 'Öffnen Sie im Microsoft Entra Admin Center „App-Registrierungen“ und wählen Sie „Neue Registrierung“.',
  'oauth.help.step.account-types':
    'Unterstützte Kontotypen: „Nur Konten in diesem Organisationsverzeichnis“ oder „Konten in einem beliebigen Organisationsverzeichnis“ für Microsoft 365; wählen Sie „… und persönliche Microsoft-Konten“, wenn Mitarbeitende auch Outlook.com-Adressen testen.',
  'oauth.help.step.platform': 'Fügen Sie die Plattform „Mobile Anwendungen und Desktopanwendungen“ mit dem Umleitungs-URI http://localhost hinzu.',
  'oauth.help.step.public-client': 'Schalten Sie „Öffentliche Clientflows zulassen“ nur ein, wenn Sie die Anmeldung per Code (Gerätecode) als Ausweichweg möchten.',
  'oauth.help.step.permission':
    'API-Berechtigungen: Fügen Sie die delegierte Berechtigung SMTP.Send aus „Office 365 Exchange Online“ hinzu (offline_access wird mit angefordert).',
  'oauth.help.step.consent': 'Erteilen Sie die Administratorzustimmung für Ihre Organisation, wenn Mitarbeitende Apps nicht selbst zustimmen dürfen.',
  'oauth.help.step.deploy':
    'Tragen Sie die Anwendungs-ID (Client) in org-defaults.json unter "oauth" als "clientId" ein (und Ihre Mandanten-ID oder Domäne als "tenant"), oder erstellen Sie die App mit gesetztem MSA_OAUTH_CLIENT_ID.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH muss für jedes Postfach, das auf diese Weise sendet, weiterhin erlaubt sein.',
  'oauth.help.browser-closed':
    'Wenn jemand den Browsertab schließt, ohne sich anzumelden, bemerkt die App das nicht: Die Anmeldung endet nach {timeout} oder sofort, wenn die Person auf „Abbrechen“ klickt.',
};
