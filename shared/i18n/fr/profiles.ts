import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** French: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Paramètres enregistrés',
  'profiles.empty': 'Rien n’est encore enregistré. Après un test réussi, vous pouvez enregistrer les paramètres ici.',
  'profiles.setUp': 'Configurer l’envoi',
  'profiles.lastTest': 'Dernier test : {verdict}, {when}',
  'profiles.neverTested': 'Pas encore testé',
  'profiles.verdict.pass': 'réussi',
  'profiles.verdict.warn': 'réussi, avec un avertissement',
  'profiles.verdict.fail': 'échoué',
  'profiles.verdict.cancelled': 'annulé',
  'profiles.passwordRemembered': 'mot de passe mémorisé',
  'profiles.passwordNotRemembered': 'mot de passe non mémorisé',
  'profiles.retest': 'Tester à nouveau',
  'profiles.testing': 'Test en cours…',
  'profiles.noPassword': 'Aucun mot de passe n’est mémorisé pour ce compte. Configurez-le à nouveau pour tester avec votre mot de passe.',
  'profiles.export': 'Exporter',
  'profiles.rename': 'Renommer',
  'profiles.newName': 'Nouveau nom',
  'profiles.saveName': 'Enregistrer le nom',
  'profiles.renamed': 'Renommé.',
  'profiles.delete': 'Supprimer',
  'profiles.confirmDelete': 'Supprimer « {name} » et son mot de passe mémorisé ?',
  'profiles.deleted': '« {name} » a été supprimé.',
  'profiles.failed': 'Cela n’a pas fonctionné. Veuillez réessayer.',
  'profiles.forgetAll': 'Tout oublier',
  'profiles.forgetAll.confirm': 'Supprimer tous les paramètres enregistrés et tous les mots de passe mémorisés ?',
  'profiles.forgetAll.done': 'Tout a été oublié.',
  'profiles.keychainUnavailable.title': 'Le coffre-fort de mots de passe de cet ordinateur n’est pas disponible',
  'profiles.keychainUnavailable.body': 'Vos paramètres enregistrés fonctionnent toujours, et vous pouvez tester en tapant votre mot de passe. Il ne peut simplement pas être mémorisé tant que le coffre-fort de mots de passe ne fonctionne pas à nouveau.',
};
