import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** German: findings about signing in with a password. {sender} is nominative, so it always stands where it is the subject. */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'Das Senden aus Apps ist für Ihre Organisation ausgeschaltet',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'Ihre Organisation hat die Anmeldung von Apps zum Senden („SMTP AUTH“) für alle Postfächer ausgeschaltet. Ihr Kennwort ist nicht das Problem: Nur Ihr IT-Admin kann das Senden aus Apps für Ihr Postfach einschalten.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Ändern Sie Ihr Kennwort nicht: Daran liegt es nicht.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Testen Sie erneut, sobald die Änderung bestätigt ist.',
  'finding.auth.smtp-auth-disabled-tenant.admin': 'Könnten Sie bitte „Authentifiziertes SMTP“ für mein Postfach {address} einschalten, damit {sender} senden kann? SMTP AUTH ist für unsere Organisation ausgeschaltet (SmtpClientAuthenticationDisabled), und die Einstellung am Postfach hat Vorrang vor der Einstellung der Organisation. Auch die Microsoft-Anmeldung (OAuth) zum Senden braucht diese Einstellung.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'Das Senden aus Apps ist für Ihr Postfach ausgeschaltet',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'Die Einstellung „Authentifiziertes SMTP“ ist für Ihr Postfach ausgeschaltet. Deshalb weist der Server jede App ab, die sich zum Senden anmeldet. Nur Ihr IT-Admin kann sie einschalten.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Ändern Sie Ihr Kennwort nicht: Daran liegt es nicht.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Testen Sie erneut, sobald die Änderung bestätigt ist.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': 'Könnten Sie bitte „Authentifiziertes SMTP“ für mein Postfach {address} einschalten, damit {sender} senden kann? Laut Server ist die SMTP-Clientauthentifizierung für das Postfach deaktiviert.',

  'finding.auth.basic-auth-disabled.title': 'Die Anmeldung mit Kennwort ist gesperrt',
  'finding.auth.basic-auth-disabled.explanation': 'Ihre Organisation sperrt die Anmeldung mit Kennwort („Standardauthentifizierung“) zum Senden aus Apps. Verwenden Sie stattdessen „Mit Microsoft anmelden“. Ab Ende {basicOffMonth} ist sie für bestehende Organisationen standardmäßig aus; die IT kann sie vorerst wieder einschalten.',
  'finding.auth.basic-auth-disabled.steps.1': 'Wählen Sie in dieser App „Mit Microsoft anmelden“ und testen Sie erneut.',
  'finding.auth.basic-auth-disabled.steps.2': 'App-Kennwörter helfen nicht: Auch sie sind eine Anmeldung mit Kennwort.',
  'finding.auth.basic-auth-disabled.steps.3': 'Wenn Ihr Gerät die Microsoft-Anmeldung nicht nutzen kann, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.basic-auth-disabled.admin': 'Die Anmeldung mit Kennwort (Standardauthentifizierung) für SMTP ist für mein Postfach {address} gesperrt (535 5.7.139 „basic authentication is disabled“). Ich stelle auf die Microsoft-Anmeldung (OAuth 2.0) um; künftig meldet sich {sender} so an. Könnten Sie bestätigen, dass das in unserem Mandanten erlaubt ist (eventuell ist eine Administratorzustimmung nötig) und dass „Authentifiziertes SMTP“ für mein Postfach eingeschaltet bleibt? Falls die Standardauthentifizierung vorerst bleiben muss, wird sie möglicherweise durch eine Authentifizierungsrichtlinie blockiert (siehe unten; Set-AuthenticationPolicy -AllowBasicAuthSmtp). Ab Ende {basicOffMonth} schaltet Microsoft die Standardauthentifizierung für SMTP AUTH in bestehenden Mandanten standardmäßig aus (später erstellte Mandanten haben sie gar nicht); Admins können sie vorerst wieder einschalten, und der endgültige Abschalttermin soll {finalDateHalf} bekannt gegeben werden. Die dauerhafte Lösung ist daher OAuth.',

  'finding.auth.basic-auth-removed.title': 'Der Server akzeptiert zum Senden keine Kennwörter',
  'finding.auth.basic-auth-removed.explanation': 'Exchange Online hat geantwortet, dass die Anmeldung mit Kennwort (Standardauthentifizierung) zum Senden aus Apps für dieses Postfach nicht akzeptiert wird. „Mit Microsoft anmelden“ funktioniert dagegen.',
  'finding.auth.basic-auth-removed.steps.1': 'Wählen Sie in dieser App „Mit Microsoft anmelden“ und testen Sie erneut.',
  'finding.auth.basic-auth-removed.steps.2': 'Wenn sich ein Gerät nicht mit Microsoft anmelden kann, fragen Sie die IT nach einem anderen Sendeweg, etwa einem Connector-Relay.',
  'finding.auth.basic-auth-removed.admin': 'Exchange Online hat die Anmeldung mit Kennwort für {address} abgelehnt: „550 5.7.30 Basic authentication is not supported for Client Submission“. Ich stelle auf die Microsoft-Anmeldung (OAuth 2.0) um; künftig meldet sich {sender} so an. Könnten Sie bestätigen, dass das in unserem Mandanten erlaubt ist? Geräte, die kein OAuth können, brauchen einen anderen Weg: High Volume Email (nur interne Empfänger), Azure Communication Services Email, ein Relay über einen eingehenden Connector oder Direct Send (nur interne Empfänger).',

  'finding.auth.security-defaults.title': 'Die Sicherheitseinstellungen Ihrer Organisation sperren die Anmeldung aus Apps',
  'finding.auth.security-defaults.explanation': 'Für Ihre Organisation sind die „Sicherheitsstandards“ von Microsoft aktiviert, und sie sperren die Anmeldung mit Kennwort aus E-Mail-Apps. Verwenden Sie stattdessen „Mit Microsoft anmelden“.',
  'finding.auth.security-defaults.steps.1': 'Wählen Sie in dieser App „Mit Microsoft anmelden“ und testen Sie erneut.',
  'finding.auth.security-defaults.steps.2': 'Wenn Ihr Gerät die Microsoft-Anmeldung nicht nutzen kann, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.security-defaults.admin': 'Meine SMTP-Anmeldung als {address} wird mit „user is locked by your organization’s security defaults policy“ abgelehnt. Die Sicherheitsstandards blockieren die Standardauthentifizierung für SMTP. Ich stelle auf die Microsoft-Anmeldung (OAuth 2.0) um; künftig meldet sich {sender} so an. Könnten Sie bestätigen, dass das in unserem Mandanten erlaubt ist und „Authentifiziertes SMTP“ für mein Postfach eingeschaltet ist? SMTP mit Kennwort ginge nur wieder, wenn die Sicherheitsstandards durch Richtlinien für bedingten Zugriff ersetzt würden (Einstellung unten). Das schwächt die Sicherheit, deshalb empfehle ich es nicht.',

  'finding.auth.conditional-access.title': 'Eine Anmelderegel Ihrer Organisation hat das blockiert',
  'finding.auth.conditional-access.explanation': 'Ihre Organisation hat Anmelderegeln (bedingter Zugriff oder mehrstufige Authentifizierung), und diese Anmeldung hat sie nicht erfüllt. Ihr IT-Admin sieht den genauen Grund im Anmeldeprotokoll.',
  'finding.auth.conditional-access.steps.1': 'Wählen Sie in dieser App „Mit Microsoft anmelden“: Damit ist auch eine mehrstufige Anmeldung möglich.',
  'finding.auth.conditional-access.steps.2': 'Wenn es dann immer noch nicht klappt, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.conditional-access.admin': 'Wenn sich {sender} per SMTP als {address} anmeldet, schlägt das fehl: „the request did not meet the criteria to be authenticated successfully“. Könnten Sie im Microsoft Entra-Anmeldeprotokoll für mein Konto (siehe unten) nachsehen, welche Richtlinie für bedingten Zugriff oder welche MFA-Anforderung die Anmeldung blockiert hat? Ich würde lieber die Microsoft-Anmeldung (OAuth 2.0) nutzen als eine Ausnahme für die Legacyauthentifizierung.',

  'finding.auth.bad-credentials.title': 'Benutzername oder Kennwort ist falsch',
  'finding.auth.bad-credentials.explanation': 'Der Server hat Benutzername und Kennwort nicht akzeptiert. Bei Microsoft 365 ist der Benutzername Ihre vollständige E-Mail-Adresse.',
  'finding.auth.bad-credentials.steps.1': 'Geben Sie als Benutzernamen Ihre vollständige E-Mail-Adresse ein.',
  'finding.auth.bad-credentials.steps.2': 'Geben Sie das Kennwort noch einmal sorgfältig ein (achten Sie auf die Feststelltaste). Ob es stimmt, sehen Sie, wenn Sie sich auf outlook.office.com anmelden.',
  'finding.auth.bad-credentials.steps.3': 'Wenn Sie ein App-Kennwort verwenden, erstellen Sie ein neues – oder wählen Sie besser „Mit Microsoft anmelden“.',
  'finding.auth.bad-credentials.admin': 'Wenn sich {sender} per SMTP als {address} anmeldet, wird das abgelehnt („the user credentials were incorrect“ oder „535 5.7.3 Authentication unsuccessful“), obwohl ich mein Kennwort geprüft habe. Könnten Sie nachsehen, ob mein Konto gesperrt oder mein Kennwort abgelaufen ist und ob „Authentifiziertes SMTP“ für mein Postfach eingeschaltet ist?',

  'finding.auth.federation-failure.title': 'Der Anmeldedienst Ihrer Organisation hat nicht geantwortet',
  'finding.auth.federation-failure.explanation': 'Ihre Organisation meldet Sie über einen eigenen Anmeldedienst an, und Microsoft konnte ihn nicht erreichen oder nutzen. Das Problem liegt bei Ihrer Organisation, nicht bei Ihrem Kennwort.',
  'finding.auth.federation-failure.steps.1': 'Warten Sie ein paar Minuten und testen Sie erneut.',
  'finding.auth.federation-failure.steps.2': 'Wenn es weiter fehlschlägt, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.federation-failure.admin': 'Die SMTP-Anmeldung für {address} schlägt mit „federated STS service was unreachable“ (oder „the federated STS URL does not support HTTPS“) fehl. Könnten Sie prüfen, ob unser Verbunddienst (AD FS oder unser Identitätsanbieter) aus Microsoft 365 über HTTPS erreichbar ist?',

  'finding.auth.rejected.title': 'Der Server hat die Anmeldung abgelehnt',
  'finding.auth.rejected.explanation': 'Der Mailserver hat Ihre Anmeldung abgelehnt, und den Grund kennt diese App nicht. Seine genaue Antwort steht in der Nachricht für Ihren IT-Admin.',
  'finding.auth.rejected.steps.1': 'Prüfen Sie Ihren Benutzernamen (Ihre vollständige E-Mail-Adresse) und Ihr Kennwort.',
  'finding.auth.rejected.steps.2': 'Wählen Sie „Mit Microsoft anmelden“, wenn Ihr Konto das unterstützt.',
  'finding.auth.rejected.steps.3': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.auth.rejected.admin': 'Wenn sich {sender} per SMTP als {address} bei {host} anmeldet, wird das abgelehnt. Könnten Sie prüfen, ob „Authentifiziertes SMTP“ für mein Postfach eingeschaltet ist und ob eine Anmelderichtlinie die Anmeldung blockiert (den Grund zeigt das Microsoft Entra-Anmeldeprotokoll)?',

  'finding.auth.unexpected-reply.title': 'Der Server hat auf die Anmeldung seltsam geantwortet',
  'finding.auth.unexpected-reply.explanation': 'Der Mailserver hat zu Ihrer Anmeldung weder Ja noch Nein gesagt: Seine Antwort bedeutet keine erfolgreiche Anmeldung. Diese App kann daher nicht sagen, ob Ihr Kennwort stimmt, und speichert es nicht.',
  'finding.auth.unexpected-reply.steps.1': 'Ändern Sie deswegen nicht Ihr Kennwort: Es kann gut sein, dass es stimmt.',
  'finding.auth.unexpected-reply.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin, damit der Mailserver geprüft werden kann.',
  'finding.auth.unexpected-reply.admin': 'Wenn ich mich bei {host} auf Port {port} als {address} anmelde, beendet der Server den AUTH-Austausch mit einer anderen Antwort als 235. Der Client kann die Anmeldung deshalb nicht als erfolgreich werten (RFC 4954, Abschnitt 6: 235 bedeutet, dass die Authentifizierung erfolgreich war). Könnten Sie anhand der unten zitierten Antwort den Server prüfen – und alles zwischen uns, was SMTP umschreibt (etwa einen Proxy oder den E-Mail-Schutz eines Virenscanners)?',

  'finding.auth.mechanism-unsupported.title': 'Der Server unterstützt die Anmeldemethode der App nicht',
  'finding.auth.mechanism-unsupported.explanation': 'Die App hat eine Anmeldemethode versucht, die der Server nicht anbietet. Die Server von Microsoft akzeptieren nur LOGIN und die Microsoft-Anmeldung (XOAUTH2), nie PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Senden Sie über {m365Host}: Die {mxSuffix}-Adresse Ihrer Organisation nimmt gar keine Anmeldung an.',
  'finding.auth.mechanism-unsupported.steps.2': 'Wählen Sie in den Einstellungen der App „Mit Microsoft anmelden“ oder die Kennwortmethode LOGIN.',
  'finding.auth.mechanism-unsupported.admin': 'Auf die Anmeldemethode, die {sender} verwendet, antwortet {host} mit „504 5.7.4 Unrecognized authentication type“. Microsoft 365 bietet AUTH LOGIN und XOAUTH2 auf {m365Host}, Port {m365Port}, nach STARTTLS an. Könnten Sie mir helfen, es so einzurichten?',

  'finding.auth.not-offered.title': 'Der Server hat keine Anmeldung angeboten',
  'finding.auth.not-offered.explanation': 'Nachdem die Verbindung verschlüsselt war, hat der Server keine Anmeldemethode genannt. Ihr Konto konnte deshalb nicht geprüft werden. Vielleicht ist der Server ein Relay ohne Anmeldung, oder der Name ist falsch.',
  'finding.auth.not-offered.steps.1': 'Verwenden Sie für Microsoft 365 {m365Host}, Port {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Wenn Sie über ein Relay senden (eine {mxSuffix}-Adresse auf Port 25), wählen Sie „keine Anmeldung“.',
  'finding.auth.not-offered.admin': '{host} bietet auf Port {port} nach STARTTLS kein AUTH an, deshalb kann sich mein Konto nicht anmelden. Könnten Sie mir sagen, ob das der richtige Server für authentifiziertes Senden ist oder ob ich {m365Host} auf Port {m365Port} verwenden sollte?',

  'finding.auth.required.title': 'Der Server möchte, dass Sie sich zuerst anmelden',
  'finding.auth.required.explanation': 'Der Server hat das Senden abgelehnt, weil die App nicht angemeldet war. Entweder war keine Anmeldung eingerichtet, oder die Anmeldung ist schon vor diesem Schritt fehlgeschlagen.',
  'finding.auth.required.steps.1': 'Schalten Sie die Anmeldung ein („Der Postausgangsserver (SMTP) erfordert Authentifizierung“) und verwenden Sie Ihre vollständige E-Mail-Adresse.',
  'finding.auth.required.steps.2': 'Stellen Sie die Verschlüsselung auf STARTTLS: Microsoft bietet die Anmeldung nur über eine verschlüsselte Verbindung an.',
  'finding.auth.required.steps.3': 'Wenn vor diesem Fehler ein Anmeldefehler angezeigt wurde, beheben Sie zuerst diesen.',
  'finding.auth.required.admin': 'Wenn {sender} sendet, antwortet {host} mit „530 5.7.57 Client not authenticated to send mail“. Ich schalte die Authentifizierung ein. Könnten Sie Direct Send oder ein Connector-Relay einrichten, falls eine Anmeldung nicht möglich ist?',
};
