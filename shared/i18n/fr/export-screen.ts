import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** French: the export screen (« Configurer une application de messagerie »). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Configurer une application',
  'exportScreen.title': 'Configurer votre application de messagerie',
  'exportScreen.lead': 'Choisissez l’application que vous utilisez. Vous obtenez ce qui fonctionne dans cette application pour {address} : un fichier, des étapes à suivre ou une vérification.',
  'exportScreen.lead.noAccount': 'Indiquez votre adresse et le type de compte, puis choisissez l’application que vous utilisez.',
  'exportScreen.offline': 'Vous êtes hors connexion : tous les fichiers et toutes les étapes fonctionnent quand même. Seule la vérification Outlook a besoin d’une connexion.',

  'exportScreen.account.heading': 'Votre compte',
  'exportScreen.account.address': 'Adresse e-mail',
  'exportScreen.account.kind': 'Type de compte',
  'exportScreen.account.kind.microsoft365': 'Compte professionnel ou scolaire Microsoft 365',
  'exportScreen.account.kind.outlook-com': 'Outlook.com ou Hotmail',
  'exportScreen.account.kind.imap': 'Un autre fournisseur (IMAP ou POP avec mot de passe)',
  'exportScreen.account.kind.relay': 'Une imprimante ou une application qui envoie par Microsoft 365 (sans boîte aux lettres)',
  'exportScreen.account.kindHint': 'Les adresses professionnelles ou scolaires sur Microsoft 365 se connectent avec Microsoft. Choisissez « Un autre fournisseur » pour tout autre service de messagerie.',
  'exportScreen.account.outgoingHost': 'Serveur de courrier sortant (SMTP)',
  'exportScreen.account.incomingProtocol': 'Courrier entrant',
  'exportScreen.account.incomingHost': 'Serveur de courrier entrant',
  'exportScreen.account.incomingHint': 'Votre fournisseur l’indique, par exemple imap.example.com. Nécessaire pour les fichiers de paramètres.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Changer de compte',
  'exportScreen.account.invalid': 'Vérifiez le compte : {message}',

  'exportScreen.apps.heading': 'Quelle application utilisez-vous ?',
  'exportScreen.apps.hint': 'Choisissez-en une ; vous pourrez revenir pour une autre.',
  'exportScreen.plan.heading.outlook-classic': 'Ce qui fonctionne dans Outlook classique pour Windows',
  'exportScreen.plan.heading.outlook-new': 'Ce qui fonctionne dans le nouvel Outlook pour Windows',
  'exportScreen.plan.heading.outlook-mac': 'Ce qui fonctionne dans Outlook pour Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'Ce qui fonctionne dans Apple Mail sur Mac',
  'exportScreen.plan.heading.ios': 'Ce qui fonctionne dans Mail sur iPhone ou iPad',
  'exportScreen.plan.heading.thunderbird': 'Ce qui fonctionne dans Thunderbird',
  'exportScreen.plan.heading.device': 'Ce qui fonctionne pour une imprimante, un scanner ou une application',

  'exportScreen.files.heading': 'Fichiers',
  'exportScreen.steps.print': 'Imprimer les étapes',
  'exportScreen.steps.pdf': 'Enregistrer les étapes en PDF…',
  'exportScreen.save': 'Enregistrer…',
  'exportScreen.saving': 'Enregistrement…',
  'exportScreen.saved': 'Enregistré : {path}',
  'exportScreen.saved.signed': 'Signé par votre organisation.',
  'exportScreen.saved.unsigned': 'Non signé.',
  'exportScreen.failed': 'Impossible d’enregistrer : {message}',
  'exportScreen.showInFolder': 'Afficher dans le dossier',
  'exportScreen.open': 'Ouvrir',
  'exportScreen.openFailed': 'Impossible d’effectuer cette action : {message}',
  'exportScreen.notes.heading': 'Bon à savoir',

  'exportScreen.check.heading': 'Outlook trouvera-t-il votre boîte aux lettres ?',
  'exportScreen.check.run': 'Vérifier maintenant',
  'exportScreen.check.again': 'Vérifier à nouveau',
  'exportScreen.check.notRun': 'L’application peut demander à Microsoft, depuis cet ordinateur, si Outlook trouvera votre boîte aux lettres.',

  'exportScreen.signing.ready': 'Les profils Apple sont signés au nom de « {signer} » : les appareils les affichent donc comme « Vérifié ».',
  'exportScreen.signing.problem': 'Les profils Apple sont enregistrés sans signature : {problem}',

  'exportScreen.forIt.heading': 'Pour le service informatique',
  'exportScreen.forIt.lead': 'Fichiers destinés à la personne qui gère votre service de messagerie. Vous n’en avez pas besoin pour configurer votre application.',
};
