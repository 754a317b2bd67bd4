import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * French: the wizard's « Se connecter avec Microsoft » panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth': 'Vous vous connectez sur la page de Microsoft elle-même. Cette application ne voit jamais votre mot de passe et n’utilise la connexion que pour tester l’envoi depuis cet ordinateur.',
  'signin.panel.title': 'Se connecter avec Microsoft',
  'signin.loading': 'Recherche d’une connexion existante…',
  'signin.password.microsoft-note': 'Fin {basicOffMonth}, Microsoft 365 désactive par défaut la connexion par mot de passe pour l’envoi, et Outlook et Apple Mail se connectent avec Microsoft : un test avec mot de passe peut donc ne pas refléter ce que feront ces applications.',

  'signin.not-configured.title': 'La connexion Microsoft n’est pas configurée dans cet exemplaire',
  'signin.not-configured.help': 'Ce que votre service informatique doit faire',
  'signin.not-configured.meanwhile.password': 'En attendant, vous pouvez choisir « Avec mon mot de passe » ci-dessus, ou tester sans vous connecter.',
  'signin.not-configured.meanwhile.none': 'En attendant, vous pouvez tester sans vous connecter : cela vérifie l’accès au serveur, pas votre compte.',

  'signin.ready.button': 'Se connecter avec Microsoft',
  'signin.ready.hint': 'Votre navigateur ouvre la page de connexion de Microsoft pour l’adresse {address}. Revenez ici quand elle indique que la connexion a réussi.',
  'signin.ready.code': 'Se connecter plutôt avec un code',
  'signin.ready.code.hint': 'Si cet ordinateur ne peut pas ouvrir de navigateur : vous saisissez un code sur n’importe quel appareil. Beaucoup d’organisations ne l’autorisent pas (celles créées depuis le {deviceCodeBlockedFrom} le bloquent par défaut).',

  'signin.waiting.hint': 'Terminez la connexion dans la fenêtre de navigateur qui s’est ouverte. Si vous la fermez, cliquez sur Annuler.',
  'signin.code.waiting': 'Obtention d’un code de connexion auprès de Microsoft…',
  'signin.code.instructions': 'Sur n’importe quel appareil, ouvrez cette page :',
  'signin.code.enter': 'Puis saisissez ce code :',
  'signin.code.copy': 'Copier le code',
  'signin.code.copy-url': 'Copier l’adresse',
  'signin.code.expires': 'Le code est valable {minutes, plural, one {# minute} other {# minutes}}. Cette page passe d’elle-même à la suite une fois la connexion établie.',

  'signin.signed-in.display-name': 'Nom du compte : {name}',
  'signin.remembered': 'Votre connexion est gardée dans le trousseau de cet ordinateur : pour tester à nouveau, inutile de vous reconnecter.',
  'signin.saved.not-signed-in': 'Les paramètres sont enregistrés, mais cet ordinateur ne conserve plus cette connexion Microsoft : reconnectez-vous avant de tester.',
  'signin.mismatch.title': 'Ce n’est pas l’adresse que vous testez',

  'signin.failed.title': 'La connexion n’a pas fonctionné',
  'signin.failed.details': 'Détails pour votre service informatique',
  'signin.failed.copy': 'Copier les détails',
  'signin.failed.try-again': 'Réessayer',
  'signin.failed.use-browser': 'Se connecter plutôt dans le navigateur',
  'signin.failed.message-for-it': 'La connexion Microsoft pour l’adresse {address} a échoué dans Mail Setup Assistant : {code}{aadsts}. {message}',

  'signin.help.back': 'Retour à la connexion',
  'signin.help.now': 'Pourquoi la connexion n’est pas disponible pour le moment : {reason}',
  'signin.help.reason.no-client-id': 'aucune inscription d’application (ID client) n’est configurée dans cet exemplaire.',
  'signin.help.reason.invalid-client-id': 'l’ID client configuré n’est pas un ID d’application (client).',
  'signin.help.reason.cloud-not-supported': 'ce type de compte (cloud gouvernemental ou national) n’est pas pris en charge dans cette version.',
  'signin.help.reason.invalid-authority': 'le locataire configuré n’est ni un ID de locataire ni un domaine.',
  'signin.help.org-defaults': 'Le fichier des paramètres par défaut de l’organisation (org-defaults.json), avec votre ID client :',
  'signin.help.admin-consent': 'Pour approuver l’application pour tout le monde en une seule fois, un administrateur ouvre :',
  'signin.help.copy': 'Copier',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<ID d’application (client)>',
  'signin.help.placeholder.tenant': '<ID ou domaine de votre locataire>',

  'signin.result.title': 'La connexion Microsoft n’a pas fonctionné',
  'signin.result.again': 'Se reconnecter',
};
