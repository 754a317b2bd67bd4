import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** French: settings notices, plain-words JSON problems, keychain states, why a password was not saved. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start (SettingsNotice kinds).
  'settings.notice.settings-corrupt.title': 'Vos paramètres enregistrés n’ont pas pu être lus',
  'settings.notice.settings-corrupt.body':
    'Le fichier de paramètres était endommagé : l’application a donc démarré avec des paramètres neufs. L’ancien fichier a été conservé sous le nom {movedTo}, au cas où votre service informatique voudrait l’examiner. Problème : {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'Le fichier de paramètres {file} était endommagé et n’a pas pu être mis de côté : l’application utilise donc des paramètres neufs pour le moment et n’enregistrera pas vos modifications. Problème : {problem}',
  'settings.notice.settings-partly-recovered.title': 'Une partie de vos paramètres enregistrés n’a pas pu être lue',
  'settings.notice.settings-partly-recovered.body':
    'Ces éléments n’ont pas pu être lus et ont été mis de côté : {items}. Tout le reste a été chargé normalement. Ils ont été conservés tels quels dans {movedTo}, au cas où votre service informatique voudrait les examiner. Premier problème : {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Ces éléments n’ont pas pu être lus : {items}. Tout le reste a été chargé, mais l’application n’a pas pu en garder une copie : elle n’enregistrera donc pas de modifications dans {file} pour le moment. Premier problème : {problem}',
  'settings.notice.settings-newer-version.title': 'Vos paramètres proviennent d’une version plus récente de l’application',
  'settings.notice.settings-newer-version.body':
    'Le fichier de paramètres a été écrit par une version plus récente de Mail Setup Assistant (format {version}). Il a été conservé sous le nom {movedTo} et l’application a démarré avec des paramètres neufs. Réinstallez la version plus récente pour l’utiliser.',
  'settings.notice.settings-newer-version.body-not-moved':
    'Le fichier de paramètres {file} a été écrit par une version plus récente de Mail Setup Assistant (format {version}). L’application utilise des paramètres neufs pour le moment et n’enregistrera pas vos modifications : le fichier plus récent reste donc intact.',
  'settings.notice.settings-unwritable.title': 'Les paramètres ne peuvent pas être enregistrés',
  'settings.notice.settings-unwritable.body':
    'L’application ne peut pas écrire son fichier de paramètres {file} : vos modifications seront perdues à la fermeture. Problème : {problem}',
  'settings.notice.org-defaults-invalid.title': 'Le fichier de paramètres de votre organisation a été ignoré',
  'settings.notice.org-defaults-invalid.body':
    'Le fichier {file} installé par votre service informatique comporte un problème : l’application utilise donc ses paramètres intégrés. Merci de transmettre ceci à votre service informatique : {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Le fichier de paramètres de votre organisation contient des entrées inconnues',
  'settings.notice.org-defaults-unknown-keys.body':
    'Le fichier {file} contient des entrées que cette version ne connaît pas : {keys}. Elles ont été ignorées ; tout le reste du fichier est utilisé.',
  'settings.notice.org-defaults-unreadable.title': 'Le fichier de paramètres de votre organisation n’a pas pu être lu',
  'settings.notice.org-defaults-unreadable.body':
    'Le fichier {file} n’a pas pu être lu : l’application utilise donc ses paramètres intégrés. Problème : {problem}',

  // Plain-words descriptions of the first problem in a JSON file (they follow « Problème : »).
  'settings.problem.not-json': 'le fichier n’est pas un JSON valide ({detail}).',
  'settings.problem.not-object': 'le fichier doit contenir un seul objet JSON.',
  'settings.problem.wrong-type': 'l’entrée « {field} » devrait être {expected}, mais c’est {received}.',
  'settings.problem.missing': 'l’entrée « {field} » est absente.',
  'settings.problem.not-one-of': 'l’entrée « {field} » devrait valoir {allowed}.',
  'settings.problem.unknown-key': 'l’entrée « {field} » n’est pas connue de cette application.',
  'settings.problem.too-small': 'l’entrée « {field} » est trop courte ou trop petite.',
  'settings.problem.too-big': 'l’entrée « {field} » est trop longue ou trop grande.',
  'settings.problem.bad-format': 'l’entrée « {field} » n’a pas le bon format : {detail}.',
  'settings.problem.invalid': 'l’entrée « {field} » n’est pas valide.',
  'settings.problem.file-invalid': 'le fichier n’a pas la forme attendue par cette application.',
  'settings.problem.type.string': 'du texte',
  'settings.problem.type.number': 'un nombre',
  'settings.problem.type.int': 'un nombre entier',
  'settings.problem.type.boolean': 'true ou false',
  'settings.problem.type.array': 'une liste [ … ]',
  'settings.problem.type.object': 'un groupe d’entrées (un objet)',
  'settings.problem.type.null': 'la valeur null',
  'settings.problem.type.undefined': 'absent',
  'settings.problem.duplicate-id': 'l’entrée « {field} » reprend l’identifiant d’un jeu de paramètres précédent.',
  'settings.problem.too-many-profiles': 'il y a plus {max, plural, =1 {d’un jeu de paramètres} one {de # jeu de paramètres} other {de # jeux de paramètres}} ; ceux qui suivent {max, plural, one {le premier} other {les # premiers}} ont été mis de côté.',
  'settings.problem.not-utf8': 'le fichier n’est pas du texte en UTF-8.',
  // The parts that were set aside, listed as {items} in the notice above.
  'settings.recovered.profile': 'le jeu de paramètres « {name} »',
  'settings.recovered.unnamed-profile': 'le jeu de paramètres n° {number} (sans nom)',
  'settings.recovered.preferences': 'vos préférences (les valeurs par défaut sont utilisées à la place)',
  'settings.recovered.entry': 'l’entrée « {key} »',
  'settings.problem.migration-failed': 'le fichier n’a pas pu être converti au format actuel ({detail}).',

  // Keychain states (KEYCHAIN_UNAVAILABLE reasons), for the « Mémoriser » checkbox and the profile list.
  'settings.keychain.no-native-module':
    'L’application n’a pas pu ouvrir le coffre-fort de mots de passe de cet ordinateur : les mots de passe ne peuvent donc pas être mémorisés. Tout le reste fonctionne.',
  'settings.keychain.no-secret-service':
    'Aucun coffre-fort de mots de passe (trousseau) n’est disponible sur cet ordinateur : les mots de passe ne peuvent donc pas être mémorisés. Tout le reste fonctionne.',
  'settings.keychain.locked':
    'Votre coffre-fort de mots de passe (trousseau) est verrouillé. Déverrouillez-le, par exemple en vous reconnectant à votre ordinateur, puis réessayez.',
  'settings.keychain.unknown':
    'Le coffre-fort de mots de passe (trousseau) n’a pas répondu comme prévu : les mots de passe ne peuvent donc pas être mémorisés pour le moment. Tout le reste fonctionne.',
  'settings.keychain.secret-not-removed':
    'Le profil a été supprimé, mais son mot de passe enregistré n’a pas pu être retiré du coffre-fort de mots de passe : {reason}',

  // Why a secret was not saved (credential policy).
  'settings.remember.not-ticked': 'Le mot de passe n’a pas été enregistré, car la case « Mémoriser » n’était pas cochée.',
  'settings.remember.test-not-passed': 'Le mot de passe n’est enregistré qu’après un test de connexion réussi.',
  'settings.remember.no-secret': 'Il n’y a aucun mot de passe à enregistrer pour cette méthode de connexion.',
  'settings.remember.saved': 'Le mot de passe est enregistré dans le coffre-fort de mots de passe de cet ordinateur.',
};
