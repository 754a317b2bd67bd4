import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** German: findings about „Mit Microsoft anmelden“ (OAuth 2.0). */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com braucht „Mit Microsoft anmelden“',
  'finding.auth.oauth-required.explanation': 'Outlook.com-, Hotmail- und Live-Konten akzeptieren seit dem {outlookComEnded} keine Kennwörter mehr in E-Mail-Apps. Auch App-Kennwörter funktionieren nicht: Es klappt nur noch mit „Mit Microsoft anmelden“.',
  'finding.auth.oauth-required.steps.1': 'Wählen Sie „Mit Microsoft anmelden“ und melden Sie sich mit Ihrem Outlook.com-Konto an.',
  'finding.auth.oauth-required.steps.2': 'Testen Sie erneut.',
  'finding.auth.oauth-required.admin': 'Mein persönliches Outlook.com-Konto {address} akzeptiert keine Anmeldung mit Kennwort zum Senden mehr (Microsoft hat sie am {outlookComEnded} beendet, und auch App-Kennwörter schlagen fehl). Ich stelle auf die Microsoft-Anmeldung (OAuth 2.0) um. Könnten Sie sicherstellen, dass unser Netzwerk {loginHost} nicht blockiert? Sonst muss auf Ihrer Seite nichts geändert werden.',

  'finding.auth.oauth-token-rejected.title': 'Die Microsoft-Anmeldung hat geklappt, aber der Mailserver hat sie abgelehnt',
  'finding.auth.oauth-token-rejected.explanation': 'Sie haben sich mit Microsoft angemeldet, aber der Mailserver hat das für dieses Postfach nicht akzeptiert. Meist ist das Konto, mit dem Sie sich angemeldet haben, nicht das Postfach, von dem Sie senden, oder das Senden aus Apps ist dafür ausgeschaltet.',
  'finding.auth.oauth-token-rejected.steps.1': 'Melden Sie sich erneut an, und zwar genau mit dem Konto des Postfachs, von dem Sie senden.',
  'finding.auth.oauth-token-rejected.steps.2': 'Wenn Sie aus einem freigegebenen Postfach senden, prüfen Sie, ob Sie die Berechtigung dafür haben.',
  'finding.auth.oauth-token-rejected.steps.3': 'Wenn es dann immer noch nicht klappt, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-token-rejected.admin': 'Wenn sich {sender} per OAuth 2.0 (XOAUTH2) für {address} anmeldet, lehnt Exchange Online das mit „535 5.7.3 Authentication unsuccessful“ ab. Könnten Sie drei Dinge prüfen: ob das Konto, mit dem ich mich anmelde, {address} ist oder Rechte darauf hat (freigegebenes Postfach), ob die App in unserem Mandanten die Zustimmung für {smtpSendScope} hat und ob „Authentifiziertes SMTP“ für das Postfach eingeschaltet ist (SMTP AUTH ist auch mit OAuth nötig)?',

  'finding.auth.oauth-account-mismatch.title': 'Sie haben sich mit einem anderen Konto angemeldet',
  'finding.auth.oauth-account-mismatch.explanation': 'Das Microsoft-Konto, mit dem Sie sich angemeldet haben, ist nicht {address}. Bei einem freigegebenen Postfach, aus dem Sie senden dürfen, ist das in Ordnung; andernfalls melden Sie sich mit dem eigenen Konto des Postfachs an.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Wenn {address} Ihr eigenes Postfach ist, melden Sie sich erneut mit diesem Konto an.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Wenn es ein freigegebenes Postfach ist, prüfen Sie, ob die IT Ihnen die Berechtigung gegeben hat, daraus zu senden.',
  'finding.auth.oauth-account-mismatch.admin': 'Ich habe mich bei Microsoft mit einem anderen Konto als {address} angemeldet, um aus diesem Postfach über {m365Host} zu senden. Könnten Sie bestätigen, dass mein Konto aus {address} senden darf („Senden als“ oder Vollzugriff auf ein freigegebenes Postfach)?',

  'finding.auth.oauth-consent-required.title': 'Die App braucht Ihre Erlaubnis, E-Mails zu senden',
  'finding.auth.oauth-consent-required.explanation': 'Microsoft hat um Ihre Erlaubnis gebeten, dass die App in Ihrem Namen E-Mails senden darf, und diese Erlaubnis wurde nicht erteilt. Vielleicht können Sie sie bei der Anmeldung erteilen; sonst muss Ihr IT-Admin sie erlauben.',
  'finding.auth.oauth-consent-required.steps.1': 'Melden Sie sich erneut an und bestätigen Sie die Berechtigungsanfrage, falls eine erscheint.',
  'finding.auth.oauth-consent-required.steps.2': 'Wenn keine Anfrage erscheint, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-consent-required.admin': 'Wenn sich {sender} mit Microsoft anmeldet, schlägt das mit AADSTS65001 fehl (der Benutzer oder Administrator hat der Verwendung der Anwendung nicht zugestimmt). Könnten Sie in unserem Mandanten die Zustimmung für die delegierte Berechtigung {smtpSendScope} (und offline_access) erteilen?',

  'finding.auth.oauth-admin-consent-required.title': 'Ihr IT-Admin muss die App zuerst genehmigen',
  'finding.auth.oauth-admin-consent-required.explanation': 'In Ihrer Organisation dürfen nur IT-Admins Apps genehmigen, die Ihr Postfach verwenden. Bis ein Admin diese App genehmigt, kann „Mit Microsoft anmelden“ nicht abgeschlossen werden.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Sobald die Genehmigung bestätigt ist, melden Sie sich erneut an.',
  'finding.auth.oauth-admin-consent-required.admin': 'Wenn sich {sender} mit Microsoft anmeldet, endet das bei „Genehmigung durch Administrator erforderlich“ (AADSTS90094). Könnten Sie die delegierten Berechtigungen {smtpSendScope} und offline_access prüfen und die Administratorzustimmung erteilen (Einstellung unten)?',

  'finding.auth.oauth-conditional-access.title': 'Eine Anmelderegel Ihrer Organisation hat die Microsoft-Anmeldung blockiert',
  'finding.auth.oauth-conditional-access.explanation': 'Die Regeln für bedingten Zugriff Ihrer Organisation haben diese Anmeldung blockiert, zum Beispiel wegen des Geräts, des Standorts oder der App. Welche Regel es war, sieht Ihr IT-Admin im Anmeldeprotokoll.',
  'finding.auth.oauth-conditional-access.steps.1': 'Wenn Sie einen Firmencomputer haben oder ins Firmennetzwerk kommen, versuchen Sie es von dort.',
  'finding.auth.oauth-conditional-access.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-conditional-access.admin': 'Wenn sich {sender} als {address} mit Microsoft anmeldet, wird das durch bedingten Zugriff blockiert (AADSTS53003). Könnten Sie im Entra-Anmeldeprotokoll (siehe unten) nachsehen, welche Richtlinie das war, und ob die App für den E-Mail-Versand zugelassen werden kann?',

  'finding.auth.oauth-mfa-required.title': 'Microsoft möchte einen zweiten Anmeldeschritt',
  'finding.auth.oauth-mfa-required.explanation': 'Ihr Konto verlangt eine mehrstufige Authentifizierung (zum Beispiel einen Code oder eine Authenticator-App), und die Anmeldung hat sie nicht abgeschlossen. Wenn Sie sich erneut im Browserfenster anmelden, können Sie sie abschließen.',
  'finding.auth.oauth-mfa-required.steps.1': 'Wählen Sie erneut „Mit Microsoft anmelden“ und schließen Sie den zusätzlichen Schritt ab.',
  'finding.auth.oauth-mfa-required.steps.2': 'Wenn Sie noch keinen zusätzlichen Anmeldeschritt eingerichtet haben, fragen Sie die IT, wie das geht.',
  'finding.auth.oauth-mfa-required.admin': 'Die Microsoft-Anmeldung als {address} verlangt eine mehrstufige Authentifizierung (AADSTS50076 oder AADSTS50079), die {sender} nicht abgeschlossen hat. Könnten Sie prüfen, ob für mein Konto eine funktionierende MFA-Methode registriert ist?',

  'finding.auth.oauth-device-code-blocked.title': 'Die Anmeldung mit Code ist in Ihrer Organisation gesperrt',
  'finding.auth.oauth-device-code-blocked.explanation': 'Die Anmeldung durch Eingabe eines Codes auf einem anderen Gerät ist durch die Sicherheitseinstellungen Ihrer Organisation gesperrt (Sicherheitsstandards oder eine Regel für bedingten Zugriff). Melden Sie sich stattdessen im Browserfenster an.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Wählen Sie „Mit Microsoft anmelden“ und verwenden Sie das Browserfenster, das sich öffnet – keinen Code.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Wenn das auf diesem Computer nicht möglich ist, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-device-code-blocked.admin': 'Die Microsoft-Anmeldung mit Gerätecode ist für {address} gesperrt: Sicherheitsstandards und Richtlinien für bedingten Zugriff zu Authentifizierungsabläufen blockieren die Anmeldung per Gerätecode. Ich verwende stattdessen die Anmeldung im Browser (Autorisierungscode mit PKCE). Könnten Sie mir sagen, ob auch diese blockiert ist? Falls {sender} den Gerätecode nutzen muss: Könnten Sie dafür eine Ausnahme von der Sperre einrichten?',

  'finding.auth.oauth-sign-in-again.title': 'Melden Sie sich erneut mit Microsoft an',
  'finding.auth.oauth-sign-in-again.explanation': 'Die gespeicherte Microsoft-Anmeldung ist abgelaufen oder wurde widerrufen, zum Beispiel nach einer Kennwortänderung. Eine neue Anmeldung behebt das.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Wählen Sie „Mit Microsoft anmelden“ und melden Sie sich erneut an.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Testen Sie erneut.',
  'finding.auth.oauth-sign-in-again.admin': 'Die gespeicherte Microsoft-Anmeldung für {address}, die {sender} verwendet hat, funktioniert nicht mehr (das Aktualisierungstoken ist abgelaufen oder wurde widerrufen, zum Beispiel AADSTS700082 oder AADSTS50173). Ich habe mich erneut angemeldet. Bitte sagen Sie mir, falls eine Richtlinie die Gültigkeit von Anmeldungen für E-Mail-Apps verkürzt.',

  'finding.auth.oauth-unreachable.title': 'Die Anmeldeseite von Microsoft ist nicht erreichbar',
  'finding.auth.oauth-unreachable.explanation': 'Dieser Computer konnte den Anmeldedienst von Microsoft ({loginHost}) nicht erreichen, deshalb kann „Mit Microsoft anmelden“ nicht starten. Meist liegt es an der Internetverbindung, einem Proxy oder einer Firewall.',
  'finding.auth.oauth-unreachable.steps.1': 'Prüfen Sie, ob sich Websites öffnen, und versuchen Sie es dann erneut.',
  'finding.auth.oauth-unreachable.steps.2': 'Wenn Sie ein VPN oder einen Proxy verwenden, versuchen Sie es ohne.',
  'finding.auth.oauth-unreachable.steps.3': 'Wenn es dann immer noch nicht klappt, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-unreachable.admin': 'Mein Computer erreicht {loginHost} nicht über HTTPS, deshalb kann die Microsoft-Anmeldung nicht starten, die {sender} braucht. Könnten Sie prüfen, ob unsere Firewall oder unser Proxy die Adresse blockiert?',

  'finding.auth.oauth-not-configured.title': 'Die Microsoft-Anmeldung ist für diese App nicht eingerichtet',
  'finding.auth.oauth-not-configured.explanation': 'Die App hat für Ihre Organisation keine funktionierende App-Registrierung bei Microsoft, deshalb kann „Mit Microsoft anmelden“ nicht verwendet werden. Ihr IT-Admin richtet das einmal für alle ein.',
  'finding.auth.oauth-not-configured.steps.1': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.oauth-not-configured.steps.2': 'Bis dahin funktioniert vielleicht noch die Anmeldung mit Kennwort, sofern Ihre Organisation sie erlaubt.',
  'finding.auth.oauth-not-configured.admin': 'Im Mail Setup Assistant, den ich verwende, ist keine Microsoft-Anmeldung konfiguriert. Könnten Sie ihn in Microsoft Entra ID registrieren (Plattform „Mobile Anwendungen und Desktopanwendungen“, Umleitungs-URI http://localhost, delegierte Berechtigungen {smtpSendScope} und offline_access) und seine Client-ID und den Mandanten in die Datei mit den Organisationsvorgaben der App eintragen?',

  'finding.auth.oauth-cancelled.title': 'Die Anmeldung wurde abgebrochen',
  'finding.auth.oauth-cancelled.explanation': 'Das Microsoft-Anmeldefenster wurde geschlossen oder die Anfrage abgelehnt, bevor die Anmeldung fertig war. Es wurde nichts geändert.',
  'finding.auth.oauth-cancelled.steps.1': 'Wählen Sie erneut „Mit Microsoft anmelden“ und schließen Sie die Anmeldung im Browser ab.',
  'finding.auth.oauth-cancelled.steps.2': 'Wenn sich das Browserfenster nicht geöffnet hat, prüfen Sie, ob ein Standardbrowser festgelegt ist.',
  'finding.auth.oauth-cancelled.admin': 'Die Microsoft-Anmeldung für {address} wurde abgebrochen, bevor sie fertig war. Bitte ignorieren Sie das, solange es nicht immer wieder vorkommt; falls doch, schicke ich Ihnen die Details.',
};
