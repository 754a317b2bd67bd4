import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * German: the wizard's „Mit Microsoft anmelden“ panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth': 'Sie melden sich direkt auf der Seite von Microsoft an. Diese App bekommt Ihr Kennwort nie zu sehen und verwendet die Anmeldung nur, um das Senden von diesem Computer aus zu testen.',
  'signin.panel.title': 'Mit Microsoft anmelden',
  'signin.loading': 'Es wird geprüft, ob Sie bereits angemeldet sind…',
  'signin.password.microsoft-note':
    'Microsoft 365 schaltet die Anmeldung mit Kennwort für den E-Mail-Versand Ende {basicOffMonth} standardmäßig ab, und Outlook und Apple Mail melden sich mit Microsoft an. Ein Test mit Kennwort zeigt deshalb womöglich nicht, wie sich diese Apps verhalten werden.',

  'signin.not-configured.title': 'Die Microsoft-Anmeldung ist in dieser Kopie der App nicht eingerichtet',
  'signin.not-configured.help': 'Was Ihr IT-Team tun muss',
  'signin.not-configured.meanwhile.password': 'Bis dahin können Sie oben „Mit meinem Kennwort“ wählen oder ohne Anmeldung testen.',
  'signin.not-configured.meanwhile.none': 'Bis dahin können Sie ohne Anmeldung testen: Das prüft die Verbindung, nicht Ihr Konto.',

  'signin.ready.button': 'Mit Microsoft anmelden',
  'signin.ready.hint': 'Ihr Browser öffnet die Anmeldeseite von Microsoft für {address}. Kommen Sie hierher zurück, sobald dort steht, dass Sie angemeldet sind.',
  'signin.ready.code': 'Stattdessen mit einem Code anmelden',
  'signin.ready.code.hint':
    'Für den Fall, dass dieser Computer keinen Browser öffnen kann: Sie geben auf einem beliebigen Gerät einen Code ein. Viele Organisationen erlauben das nicht (bei Organisationen, die seit dem {deviceCodeBlockedFrom} erstellt wurden, ist es standardmäßig gesperrt).',

  'signin.waiting.hint': 'Schließen Sie die Anmeldung in dem Browserfenster ab, das sich geöffnet hat. Wenn Sie das Fenster schließen, klicken Sie auf „Abbrechen“.',
  'signin.code.waiting': 'Anmeldecode wird von Microsoft abgerufen…',
  'signin.code.instructions': 'Öffnen Sie auf einem beliebigen Gerät diese Seite:',
  'signin.code.enter': 'Geben Sie dann diesen Code ein:',
  'signin.code.copy': 'Code kopieren',
  'signin.code.copy-url': 'Adresse kopieren',
  'signin.code.expires': 'Der Code gilt {minutes, plural, one {# Minute} other {# Minuten}} lang. Diese Seite geht von selbst weiter, sobald Sie angemeldet sind.',

  'signin.signed-in.display-name': 'Kontoname: {name}',
  'signin.remembered': 'Ihre Anmeldung wird im Kennwortspeicher dieses Computers aufbewahrt. Für einen erneuten Test müssen Sie sich also nicht wieder anmelden.',
  'signin.saved.not-signed-in': 'Die Einstellungen sind gespeichert, aber diese Microsoft-Anmeldung ist auf diesem Computer nicht mehr vorhanden: Melden Sie sich vor dem Test erneut an.',
  'signin.mismatch.title': 'Das ist nicht die Adresse, die Sie testen',

  'signin.failed.title': 'Die Anmeldung hat nicht funktioniert',
  'signin.failed.details': 'Details für Ihr IT-Team',
  'signin.failed.copy': 'Details kopieren',
  'signin.failed.try-again': 'Erneut versuchen',
  'signin.failed.use-browser': 'Stattdessen im Browser anmelden',
  'signin.failed.message-for-it': 'Die Microsoft-Anmeldung für {address} ist im Mail Setup Assistant fehlgeschlagen: {code}{aadsts}. {message}',

  'signin.help.back': 'Zurück zur Anmeldung',
  'signin.help.now': 'Warum die Anmeldung gerade nicht verfügbar ist: {reason}',
  'signin.help.reason.no-client-id': 'In dieser Kopie ist keine App-Registrierung (Client-ID) eingerichtet.',
  'signin.help.reason.invalid-client-id': 'Die eingerichtete Client-ID ist keine Anwendungs-ID (Client).',
  'signin.help.reason.cloud-not-supported': 'Diese Art von Konto (in einer Cloud für Behörden oder einer nationalen Cloud) wird in dieser Version nicht unterstützt.',
  'signin.help.reason.invalid-authority': 'Der eingerichtete Mandant ist weder eine Mandanten-ID noch eine Domäne.',
  'signin.help.org-defaults': 'Die Datei mit den Organisationsvorgaben (org-defaults.json) mit Ihrer Client-ID:',
  'signin.help.admin-consent': 'Um die App für alle auf einmal zu genehmigen, öffnet ein Administrator:',
  'signin.help.copy': 'Kopieren',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<Anwendungs-ID (Client)>',
  'signin.help.placeholder.tenant': '<Ihre Mandanten-ID oder Domäne>',

  'signin.result.title': 'Die Microsoft-Anmeldung hat nicht funktioniert',
  'signin.result.again': 'Erneut anmelden',
};
