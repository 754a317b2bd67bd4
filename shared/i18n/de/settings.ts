import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** German: settings notices, settings-file problems, keychain states. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start (SettingsNotice kinds).
  'settings.notice.settings-corrupt.title': 'Ihre gespeicherten Einstellungen konnten nicht gelesen werden',
  'settings.notice.settings-corrupt.body':
    'Die Einstellungsdatei war beschädigt, deshalb hat die App mit neuen Einstellungen gestartet. Die alte Datei wurde als {movedTo} aufbewahrt, falls Ihr IT-Team sie sich ansehen möchte. Problem: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'Die Einstellungsdatei {file} war beschädigt und konnte nicht beiseitegelegt werden. Die App verwendet deshalb vorerst neue Einstellungen und speichert keine Änderungen. Problem: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Einige Ihrer gespeicherten Einstellungen konnten nicht gelesen werden',
  'settings.notice.settings-partly-recovered.body':
    'Folgendes konnte nicht gelesen werden und wurde beiseitegelegt: {items}. Alles andere wurde wie gewohnt geladen. Die betroffenen Teile wurden unverändert in {movedTo} aufbewahrt, falls Ihr IT-Team sie sich ansehen möchte. Erstes Problem: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Folgendes konnte nicht gelesen werden: {items}. Alles andere wurde geladen, aber die App konnte keine Kopie der betroffenen Teile aufbewahren. Deshalb speichert sie vorerst keine Änderungen in {file}. Erstes Problem: {problem}',
  'settings.notice.settings-newer-version.title': 'Ihre Einstellungen stammen aus einer neueren Version der App',
  'settings.notice.settings-newer-version.body':
    'Die Einstellungsdatei wurde von einer neueren Version des Mail Setup Assistant geschrieben (Format {version}). Sie wurde als {movedTo} aufbewahrt, und die App hat mit neuen Einstellungen gestartet. Installieren Sie wieder die neuere Version, um die Datei zu verwenden.',
  'settings.notice.settings-newer-version.body-not-moved':
    'Die Einstellungsdatei {file} wurde von einer neueren Version des Mail Setup Assistant geschrieben (Format {version}). Die App verwendet vorerst neue Einstellungen und speichert keine Änderungen, damit die neuere Datei unverändert bleibt.',
  'settings.notice.settings-unwritable.title': 'Einstellungen können nicht gespeichert werden',
  'settings.notice.settings-unwritable.body':
    'Die App kann ihre Einstellungsdatei {file} nicht schreiben. Änderungen gehen deshalb verloren, wenn Sie die App schließen. Problem: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Die Einstellungsdatei Ihrer Organisation wurde ignoriert',
  'settings.notice.org-defaults-invalid.body':
    'Die Datei {file}, die Ihr IT-Team hinterlegt hat, enthält einen Fehler. Die App verwendet deshalb ihre eingebauten Einstellungen. Bitte sagen Sie Ihrem IT-Team: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Die Einstellungsdatei Ihrer Organisation enthält unbekannte Einträge',
  'settings.notice.org-defaults-unknown-keys.body':
    'Die Datei {file} enthält Einträge, die diese Version nicht kennt: {keys}. Sie wurden ignoriert; alles andere in der Datei wird verwendet.',
  'settings.notice.org-defaults-unreadable.title': 'Die Einstellungsdatei Ihrer Organisation konnte nicht gelesen werden',
  'settings.notice.org-defaults-unreadable.body':
    'Die Datei {file} konnte nicht gelesen werden, deshalb verwendet die App ihre eingebauten Einstellungen. Problem: {problem}',

  // Plain-words descriptions of the first problem in a JSON file (they follow a colon, so each is a whole sentence).
  'settings.problem.not-json': 'Die Datei ist kein gültiges JSON ({detail}).',
  'settings.problem.not-object': 'Die Datei muss genau ein JSON-Objekt enthalten.',
  'settings.problem.wrong-type': 'Der Eintrag „{field}“ sollte {expected} sein, ist aber {received}.',
  'settings.problem.missing': 'Der Eintrag „{field}“ fehlt.',
  'settings.problem.not-one-of': 'Der Eintrag „{field}“ sollte {allowed} sein.',
  'settings.problem.unknown-key': 'Der Eintrag „{field}“ ist dieser App unbekannt.',
  'settings.problem.too-small': 'Der Eintrag „{field}“ ist zu kurz oder zu klein.',
  'settings.problem.too-big': 'Der Eintrag „{field}“ ist zu lang oder zu groß.',
  'settings.problem.bad-format': 'Der Eintrag „{field}“ hat nicht das richtige Format: {detail}.',
  'settings.problem.duplicate-id': 'Der Eintrag „{field}“ hat dieselbe ID wie ein früherer Eintrag der gespeicherten Einstellungen.',
  'settings.problem.too-many-profiles': 'Es gibt mehr als {max, plural, one {# gespeicherte Einstellung} other {# gespeicherte Einstellungen}}; alle nach den ersten {max, number} wurden beiseitegelegt.',
  'settings.problem.not-utf8': 'Die Datei ist kein Text in UTF-8.',
  // The parts that were set aside, listed as {items} in the notice above.
  'settings.recovered.profile': 'die gespeicherten Einstellungen „{name}“',
  'settings.recovered.unnamed-profile': 'die gespeicherten Einstellungen Nr. {number} (ohne Namen)',
  'settings.recovered.preferences': 'Ihre Voreinstellungen (stattdessen werden die Standardwerte verwendet)',
  'settings.recovered.entry': 'der Eintrag „{key}“',
  'settings.problem.migration-failed': 'Die Datei konnte nicht auf das aktuelle Format umgestellt werden ({detail}).',

  // Keychain states (KEYCHAIN_UNAVAILABLE reasons), for the "remember" checkbox and profile list.
  'settings.keychain.no-native-module':
    'Die App konnte den Kennwortspeicher dieses Computers nicht öffnen, deshalb lassen sich keine Kennwörter speichern. Alles andere funktioniert.',
  'settings.keychain.no-secret-service':
    'Auf diesem Computer ist kein Kennwortspeicher (Schlüsselbund) verfügbar, deshalb lassen sich keine Kennwörter speichern. Alles andere funktioniert.',
  'settings.keychain.locked':
    'Ihr Kennwortspeicher (Schlüsselbund) ist gesperrt. Entsperren Sie ihn, zum Beispiel indem Sie sich erneut an Ihrem Computer anmelden, und versuchen Sie es dann noch einmal.',
  'settings.keychain.unknown':
    'Der Kennwortspeicher (Schlüsselbund) hat nicht wie erwartet geantwortet, deshalb lassen sich gerade keine Kennwörter speichern. Alles andere funktioniert.',
  'settings.keychain.secret-not-removed':
    'Die gespeicherten Einstellungen wurden gelöscht, das zugehörige Kennwort konnte aber nicht aus dem Kennwortspeicher entfernt werden: {reason}',

  // Why a secret was not saved (credential policy).
  'settings.remember.not-ticked': 'Das Kennwort wurde nicht gespeichert, weil „Merken“ nicht angehakt war.',
  'settings.remember.test-not-passed': 'Das Kennwort wird erst nach einem erfolgreichen Anmeldetest gespeichert.',
  'settings.remember.no-secret': 'Für diese Anmeldemethode gibt es kein Kennwort zu speichern.',
  'settings.remember.saved': 'Das Kennwort ist im Kennwortspeicher dieses Computers gespeichert.',
  'settings.problem.invalid': 'Der Eintrag „{field}“ ist ungültig.',
  'settings.problem.file-invalid': 'Die Datei hat nicht den Aufbau, den diese App erwartet.',
  'settings.problem.type.string': 'Text',
  'settings.problem.type.number': 'eine Zahl',
  'settings.problem.type.int': 'eine ganze Zahl',
  'settings.problem.type.boolean': 'true oder false',
  'settings.problem.type.array': 'eine Liste [ … ]',
  'settings.problem.type.object': 'eine Gruppe von Einträgen (ein Objekt)',
  'settings.problem.type.null': 'null (kein Wert)',
  'settings.problem.type.undefined': 'nicht vorhanden',
};
