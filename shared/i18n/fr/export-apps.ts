import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** French: what works in each mail app (shared/export/app-plan.ts). */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Outlook classique pour Windows',
  'exportApps.app.outlook-new': 'Nouvel Outlook pour Windows',
  'exportApps.app.outlook-mac': 'Outlook pour Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail sur Mac',
  'exportApps.app.ios': 'Mail sur iPhone ou iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Une imprimante, un scanner ou une application qui envoie des e-mails',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} se configure à partir de votre adresse : suivez les trois étapes ci-dessous et connectez-vous avec Microsoft.',
  'exportApps.headline.manual': '{app} n’a pas de fichier de paramètres pour ce compte : suivez les étapes ci-dessous avec les paramètres indiqués.',
  'exportApps.headline.prf': 'Enregistrez le fichier de paramètres pour {app}, ou suivez les étapes ci-dessous.',
  'exportApps.headline.profile': 'Enregistrez le profil et ouvrez-le sur l’appareil, ou suivez les étapes ci-dessous.',
  'exportApps.headline.mac-mail-microsoft': 'Apple Mail sur Mac n’est pas fiable pour cette boîte aux lettres : utilisez Outlook pour Mac (étapes ci-dessous).',
  'exportApps.headline.thunderbird': 'Thunderbird trouve lui-même les paramètres : suivez les étapes ci-dessous.',
  'exportApps.headline.device': 'Enregistrez ou imprimez la fiche de paramètres et saisissez ses valeurs dans l’appareil.',
  'exportApps.headline.not-a-mailbox': 'Ces paramètres servent uniquement à envoyer des e-mails : {app} ne peut donc pas les utiliser. Choisissez plutôt « Une imprimante, un scanner ou une application », ou revenez en arrière et saisissez votre boîte aux lettres.',
  'exportApps.steps.title.outlook-classic': 'Configurer Outlook classique pour Windows',
  'exportApps.steps.title.outlook-new': 'Configurer le nouvel Outlook pour Windows',
  'exportApps.steps.title.outlook-mac': 'Configurer Outlook pour Mac',
  'exportApps.steps.title.apple-mail-mac': 'Configurer Apple Mail sur Mac',
  'exportApps.steps.title.ios': 'Configurer Mail sur iPhone ou iPad',
  'exportApps.steps.title.thunderbird': 'Configurer Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Recommandé : configurer Outlook pour Mac',
  'exportApps.steps.title.profile': 'Installer le profil',
  'exportApps.steps.title.device': 'Saisir ces paramètres dans l’appareil',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'Dans Outlook, sélectionnez Fichier › Ajouter un compte.',
  'exportApps.step.new.open': 'Dans Outlook, sélectionnez Paramètres (l’engrenage) › Comptes › Comptes de messagerie › Ajouter un compte.',
  'exportApps.step.mac.open': 'Dans Outlook, sélectionnez Outlook › Paramètres › Comptes, puis + › Nouveau compte.',
  'exportApps.step.outlook.address': 'Tapez {address} et sélectionnez Continuer.',
  'exportApps.step.classic.address': 'Tapez {address} et sélectionnez Connexion.',
  'exportApps.step.outlook.sign-in': 'Connectez-vous sur la page Microsoft. Outlook trouve lui-même les serveurs ; sélectionnez Terminé.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Sélectionnez Options avancées, cochez « Configurer mon compte manuellement », sélectionnez Connexion et choisissez {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Si Outlook vous demande le type de compte, choisissez {protocol}, puis saisissez les serveurs, les ports et le chiffrement indiqués ici.',
  'exportApps.step.outlook.password': 'Tapez votre mot de passe quand Outlook le demande. Il reste dans Outlook ; aucun fichier ne le contient.',
  'exportApps.step.classic.prf': 'Ou : enregistrez le fichier de paramètres, fermez Outlook et double-cliquez sur le fichier .cmd enregistré à côté.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'Dans Mail, sélectionnez Mail › Ajouter un compte › Autre compte Mail, tapez votre nom, {address} et votre mot de passe, puis Se connecter.',
  'exportApps.step.mac-mail.manual-servers': 'Si Mail demande les serveurs, choisissez {protocol} et saisissez les serveurs indiqués ici.',
  'exportApps.step.mac.profile-open': 'Double-cliquez sur le profil enregistré. macOS indique qu’il a été téléchargé et qu’il doit être vérifié.',
  'exportApps.step.mac.profile-install': 'Ouvrez Réglages Système › Général › Gestion des appareils (Confidentialité et sécurité › Profils sous macOS 14), sélectionnez le profil, puis Installer. Mail vous demande votre mot de passe.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Transférez le profil enregistré sur l’iPhone ou l’iPad : envoyez-le par AirDrop depuis un Mac, ou envoyez-le à votre propre adresse e-mail et ouvrez la pièce jointe dans Mail sur l’appareil. Ne le compressez pas et ne le renommez pas.',
  'exportApps.step.ios.install': 'Ouvrez Réglages, touchez Profil téléchargé, puis Installer, et suivez les instructions dans un délai de {minutes, plural, one {# minute} other {# minutes}} (passé ce délai, iOS le supprime).',
  'exportApps.step.ios.sign-in': 'Connectez-vous avec Microsoft quand cela vous est demandé. Mail, Calendrier et Contacts sont ajoutés.',
  'exportApps.step.ios.password': 'Tapez votre mot de passe quand il vous est demandé ; il ne figure pas dans le profil.',
  'exportApps.step.ios.manual-exchange': 'Sans le fichier : Réglages › Apps › Mail › Comptes Mail › Ajouter un compte › Microsoft Exchange, tapez {address}, puis Se connecter.',
  'exportApps.step.ios.manual-other': 'Sans le fichier : Réglages › Apps › Mail › Comptes Mail › Ajouter un compte › Autre › Ajouter un compte Mail ; choisissez {protocol} et saisissez les serveurs indiqués ici.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'Dans Thunderbird, ouvrez le menu › Paramètres des comptes › Gestion des comptes › Ajouter un compte de messagerie.',
  'exportApps.step.thunderbird.address': 'Tapez votre nom et {address}, puis sélectionnez Continuer.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird trouve les paramètres Microsoft. Sélectionnez Terminé et connectez-vous avec Microsoft dans la fenêtre qui s’ouvre.',
  'exportApps.step.thunderbird.password': 'Tapez votre mot de passe. Si Thunderbird trouve d’autres serveurs que ceux indiqués ici, sélectionnez Configuration manuelle et saisissez ceux-ci.',

  // Devices.
  'exportApps.step.device.server': 'Dans les paramètres e-mail (SMTP) de l’appareil, saisissez le serveur {host}, le port {port} et le chiffrement {security}.',
  'exportApps.step.device.user': 'Nom d’utilisateur : {user}. Connexion : {auth}.',
  'exportApps.step.device.no-user': 'Connexion : aucune. Le serveur accepte l’appareil parce que le service informatique l’a autorisé.',
  'exportApps.step.device.test': 'Envoyez un message de test depuis l’appareil vers votre propre adresse.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'Pas de fichier de paramètres : dans Outlook classique pour Windows, les fichiers .prf ne peuvent pas se connecter avec Microsoft (authentification moderne), un tel fichier ne fonctionnerait donc jamais pour cette boîte aux lettres.',
  'exportApps.note.prf-password-only': 'Un fichier .prf d’Outlook classique pour Windows peut contenir IMAP ou POP avec mot de passe uniquement, mais jamais le mot de passe lui-même. Microsoft ne recommande plus les fichiers .prf : les étapes restent la méthode sûre.',
  'exportApps.note.new-outlook-no-file': 'Le nouvel Outlook pour Windows n’a aucun fichier de paramètres : chaque compte s’ajoute en tapant l’adresse.',
  'exportApps.note.outlook-mac-no-file': 'Outlook pour Mac n’a pas de fichier de paramètres pour les comptes : un compte s’ajoute en tapant l’adresse.',
  'exportApps.note.outlook-finds-it': 'Outlook trouve la boîte aux lettres grâce au service de découverte automatique (Autodiscover) de Microsoft. La vérification ci-dessous demande à ce service, depuis cet ordinateur, s’il connaît {address}.',
  'exportApps.note.password-tested':
    'Vous avez testé l’envoi avec un mot de passe (SMTP AUTH). Outlook et les téléphones n’en ont pas besoin : ils se connectent avec Microsoft. Microsoft désactive par défaut la connexion par mot de passe pour l’envoi d’ici le {date}.',
  'exportApps.note.mac-mail-ews':
    'Sur Mac, Apple Mail, Calendrier et Contacts n’accèdent à Microsoft 365 que par Exchange Web Services (EWS) ; Réglages Système › Comptes Internet › Microsoft Exchange utilise aussi EWS. Microsoft bloque EWS depuis le {blockedFrom}, sauf si votre service informatique l’autorise, et le désactive définitivement le {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail ajoute Outlook.com en tant que compte Microsoft Exchange (EWS). Microsoft met fin à EWS (bloqué depuis le {blockedFrom} sauf si un administrateur l’autorise, désactivé le {off}) ; Microsoft n’a pas précisé si les comptes Outlook.com personnels sont concernés (nous n’avons rien trouvé à ce sujet). Outlook pour Mac fonctionne dans tous les cas.',
  'exportApps.note.ews-allowed': 'Votre service informatique autorise EWS : un profil Mac est donc proposé. Il cessera de fonctionner le {off}, quand Microsoft désactivera EWS pour tout le monde.',
  'exportApps.note.ews-not-allowed': 'Pas de profil Mac : les paramètres par défaut de votre organisation n’indiquent pas qu’EWS est autorisé, et sans cela le profil ne pourrait pas se connecter.',
  'exportApps.note.ios-activesync': 'L’iPhone et l’iPad utilisent Exchange ActiveSync, qui n’est pas concerné par la fin d’EWS.',
  'exportApps.note.signed': 'Signé par votre organisation : l’iPhone, l’iPad ou le Mac l’affiche comme « Vérifié ».',
  'exportApps.note.unsigned':
    'Non signé (votre service informatique n’a pas configuré de certificat de signature) : l’appareil l’affiche comme « Non signé » ou « Non vérifié » et vous demande une confirmation supplémentaire. C’est normal pour un fichier créé par cette application.',
  'exportApps.note.no-password-profile-outlook-com': 'Pas de profil de messagerie avec mot de passe : Outlook.com n’accepte que la connexion Microsoft.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird connaît déjà les paramètres de Microsoft et se connecte lui-même avec Microsoft ; aucun fichier n’est nécessaire.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird n’a pas de commande « ouvrir un fichier de paramètres » ; il recherche les paramètres ou les devine. Le service informatique peut les publier pour tout le domaine (voir « Pour le service informatique »).',
  'exportApps.note.not-a-mailbox': 'Les paramètres de relais, d’envoi direct et de smart host n’ont pas de boîte aux lettres dans laquelle lire des e-mails.',
  'exportApps.note.incoming-needed': 'Pour enregistrer un fichier de paramètres, indiquez le serveur de courrier entrant (IMAP ou POP) communiqué par votre fournisseur.',
  'exportApps.note.device.basic-auth':
    'Un appareil qui se connecte avec un mot de passe utilise SMTP AUTH, que Microsoft désactive par défaut pour les organisations existantes d’ici le {date} ; le service informatique peut encore le réactiver pour l’instant. Les appareils capables de se connecter avec Microsoft (OAuth) continuent de fonctionner.',
  'exportApps.note.device.alternatives':
    'Un appareil qui ne peut pas se connecter peut utiliser l’envoi direct (uniquement vers votre organisation) ou un connecteur de relais SMTP que le service informatique configure pour son adresse. Renseignez-vous auprès du service informatique.',
  'exportApps.note.device.outlook-com': 'Depuis le {date}, Outlook.com n’accepte que la connexion Microsoft : un appareil qui ne peut pas se connecter avec Microsoft ne peut pas envoyer par Outlook.com.',
  'exportApps.note.device.relay':
    'Sans connexion : le service informatique doit autoriser l’appareil dans Microsoft 365 (un connecteur pour son adresse IP publique ou son certificat). L’envoi direct ne distribue qu’à l’intérieur de votre organisation.',
  'exportApps.note.device.password': 'L’appareil conserve le mot de passe ; la fiche ne le contient jamais.',
  'exportApps.note.report-none': 'Un rapport de diagnostic décrit un test effectué depuis le démarrage de l’application. Testez ces paramètres (ou sélectionnez Tester à nouveau dans Paramètres enregistrés) pour en ajouter un.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profil pour iPhone et iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Ajoute {address} en tant que compte Microsoft Exchange qui se connecte avec Microsoft. Il ne contient aucun mot de passe.',
  'exportApps.file.mobileconfig-ios.what.password': 'Ajoute {address} avec ses serveurs entrant et sortant. L’appareil demande le mot de passe.',
  'exportApps.file.mobileconfig-macos.title': 'Profil pour Apple Mail sur Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Ajoute {address} avec ses serveurs entrant et sortant. Mail demande le mot de passe.',
  'exportApps.file.mobileconfig-ews.title': 'Profil Mac, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Ajoute {address} à Apple Mail en tant que compte Microsoft Exchange (EWS) qui se connecte avec Microsoft.',
  'exportApps.file.prf.title': 'Fichier de paramètres d’Outlook classique pour Windows (.prf et .cmd)',
  'exportApps.file.prf.what': 'Ajoute {address} à Outlook classique pour Windows quand vous double-cliquez sur le fichier .cmd. Outlook demande le mot de passe.',
  'exportApps.file.autoconfig.title': 'Fichier de configuration automatique Thunderbird (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'À publier par le service informatique à l’adresse https://autoconfig.{domain}/mail/config-v1.1.xml, pour que Thunderbird trouve ces paramètres pour tous les utilisateurs du domaine {domain}.',
  'exportApps.file.sheet-pdf.title': 'Fiche de paramètres (PDF)',
  'exportApps.file.sheet-pdf.what': 'Les paramètres et les étapes pour {app}, à imprimer ou à conserver.',
  'exportApps.file.sheet.title': 'Fiche de paramètres pour toutes les applications (page web)',
  'exportApps.file.sheet.what': 'Les paramètres et les étapes pour chaque application de messagerie, à envoyer à un collègue ou au support informatique.',
  'exportApps.file.report.title': 'Rapport de diagnostic (page web et JSON)',
  'exportApps.file.report.what': 'Ce que le dernier test a trouvé, avec les détails techniques et sans mot de passe, pour le service informatique.',
  'exportApps.cli.headline': '{app} : {headline}',
  'exportApps.cli.steps': '{title} :',
  'exportApps.cli.file': 'fichier : {title}',
  'exportApps.cli.file-saved': 'fichier : {title} -> {paths}',
  'exportApps.cli.for-it': 'pour le service informatique : {title}',
  'exportApps.cli.for-it-saved': 'pour le service informatique : {title} -> {paths}',
  'exportApps.cli.check': 'à vérifier : {words}',
  'exportApps.cli.note': 'remarque : {note}',
  'exportApps.cli.error.app': '--app doit valoir {choices}.',
};
