import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** French: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the person’s browser shows after signing in (electron/oauth/browser-pages.ts).
  'oauth.page.success.title': 'Connexion réussie',
  'oauth.page.success.body': 'Vous pouvez fermer cet onglet et revenir à Mail Setup Assistant.',
  'oauth.page.error.title': 'La connexion n’a pas abouti',
  'oauth.page.error.body': 'Rien n’a été modifié. Fermez cet onglet, revenez à Mail Setup Assistant et réessayez.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'En attente de votre connexion dans le navigateur…',
  'oauth.progress.device-code': 'Pour vous connecter, ouvrez {url} et saisissez le code {code}',
  'oauth.progress.cancel': 'Annuler',
  'oauth.account.signed-in': 'Connexion Microsoft avec le compte {username}.',
  'oauth.account.use-different': 'Utiliser un autre compte',
  'oauth.account.mismatch':
    'Votre connexion utilise le compte {username}, mais l’adresse à tester est {address}. Le test se connecte avec le compte {username} : cela ne fonctionne que si {username} a le droit d’envoyer avec l’adresse {address} (par exemple pour une boîte aux lettres partagée). Si ce n’est pas le bon compte, déconnectez-vous et reconnectez-vous.',
  'oauth.account.not-remembered': 'Votre connexion fonctionne pour le moment, mais ne peut pas être mémorisée sur cet ordinateur : {reason}',
  'oauth.cli.browser-hint': 'Si aucune fenêtre de navigateur ne s’est ouverte, ouvrez vous-même cette adresse : {url}',
  'oauth.cli.signed-out': 'Déconnexion du compte {username} : la connexion a été retirée du trousseau de cet ordinateur.',
  'oauth.cli.not-signed-in': 'Aucune connexion Microsoft pour {username} n’est enregistrée sur cet ordinateur.',
  'oauth.cli.sign-in-failed': 'Échec de la connexion Microsoft : {words}',

  // One plain sentence per failure (shared/oauth.ts OAuthFailureCode); the catalogue adds IT messages.
  'oauth.failure.not-configured':
    'La connexion Microsoft n’est pas configurée dans cet exemplaire de l’application. Votre service informatique peut l’activer : voir « Connexion Microsoft pour le service informatique ».',
  'oauth.failure.cloud-not-supported': 'La connexion Microsoft pour ce type de compte n’est pas prise en charge dans cette version de l’application.',
  'oauth.failure.cancelled': 'La connexion a été interrompue avant la fin. Rien n’a été modifié.',
  'oauth.failure.timed-out': 'La connexion a été interrompue car elle ne s’est pas terminée dans un délai de {timeout}. Réessayez quand vous le souhaitez.',
  'oauth.failure.consent-required': 'Cette application n’a pas encore été autorisée à envoyer des e-mails pour votre compte. Reconnectez-vous et acceptez la demande, ou adressez-vous à votre service informatique.',
  'oauth.failure.admin-consent-required': 'Dans votre organisation, un administrateur doit approuver cette application avant que vous puissiez vous connecter. Adressez-vous à votre service informatique.',
  'oauth.failure.conditional-access': 'Les règles de connexion de votre organisation n’autorisent pas cette connexion depuis cet endroit. Adressez-vous à votre service informatique.',
  'oauth.failure.mfa-required': 'Votre organisation demande une vérification de connexion supplémentaire (par exemple un code sur votre téléphone). Reconnectez-vous pour la terminer.',
  'oauth.failure.sign-in-again': 'Votre connexion Microsoft enregistrée a expiré ou a été supprimée. Veuillez vous reconnecter.',
  'oauth.failure.device-code-blocked': 'Votre organisation n’autorise pas la connexion avec un code. Connectez-vous plutôt dans votre navigateur (la plupart des organisations créées depuis le {deviceCodeBlockedFrom} bloquent les codes de connexion).',
  'oauth.failure.unreachable': 'Cet ordinateur ne parvient pas à joindre le service de connexion de Microsoft. Vérifiez la connexion Internet et réessayez.',
  'oauth.failure.server-error': 'Le service de connexion de Microsoft a répondu par une erreur. Réessayez ; si cela se reproduit, envoyez les détails à votre service informatique.',

  // In-app help page for IT (wired with the wizard); docs/microsoft-sign-in.md has the same steps.
  'oauth.help.title': 'Connexion Microsoft pour le service informatique',
  'oauth.help.intro':
    'Mail Setup Assistant se connecte avec Microsoft grâce à l’inscription d’application propre à votre organisation. Aucun ID client d’un autre produit n’est jamais utilisé. Inscrivez l’application une fois, puis communiquez son ID client au personnel.',
  'oauth.help.step.register': 'Dans le centre d’administration Microsoft Entra, ouvrez Inscriptions d’applications et choisissez Nouvelle inscription.',
  'oauth.help.step.account-types':
    'Types de comptes pris en charge : « Comptes dans cet annuaire organisationnel uniquement » ou « …un annuaire organisationnel » pour Microsoft 365 ; choisissez « …et comptes Microsoft personnels » si le personnel teste aussi des adresses Outlook.com.',
  'oauth.help.step.platform': 'Ajoutez la plateforme « Applications mobiles et de bureau » avec l’URI de redirection http://localhost.',
  'oauth.help.step.public-client': 'Activez « Autoriser les flux de clients publics » uniquement si vous voulez la solution de repli par code de connexion (code d’appareil).',
  'oauth.help.step.permission':
    'Autorisations d’API : ajoutez l’autorisation déléguée SMTP.Send de « Office 365 Exchange Online » (offline_access est demandé avec elle).',
  'oauth.help.step.consent': 'Accordez le consentement administrateur pour votre organisation si le personnel n’a pas le droit de consentir lui-même aux applications.',
  'oauth.help.step.deploy':
    'Indiquez l’ID d’application (client) dans org-defaults.json, sous « oauth », en tant que « clientId » (et l’ID ou le domaine de votre locataire en tant que « tenant »), ou générez l’application avec MSA_OAUTH_CLIENT_ID défini.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH doit toujours être autorisé pour chaque boîte aux lettres qui envoie de cette façon.',
  'oauth.help.browser-closed': 'Si quelqu’un ferme l’onglet du navigateur sans se connecter, l’application ne peut pas le voir : la connexion s’arrête au bout de {timeout}, ou immédiatement si la personne appuie sur Annuler.',
};
