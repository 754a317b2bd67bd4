import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** French: export (validation, settings words, Apple profile, classic Outlook .prf, Thunderbird, instruction sheet, diagnostic report). */
export const exportMessages: Translation<typeof source> = {
  // Input validation (shared/export/export-validation.ts)
  'export.invalid.control-characters': '{field} contient un saut de ligne, un caractère NUL ou un autre caractère de contrôle.',
  'export.invalid.address': '« {value} » n’est pas une adresse e-mail du type nom@example.com.',
  'export.invalid.host': '« {value} » n’est pas un nom de serveur du type smtp.example.com.',
  'export.invalid.port': 'Le port doit être un nombre entier compris entre 1 et 65535.',
  'export.invalid.text-too-long': '{field} dépasse {max, plural, one {# caractère} other {# caractères}}.',
  'export.invalid.field': '{field} n’est pas valide : {reason}',
  'export.invalid.preset': 'Préréglage inconnu « {value} ». Utilisez l’un des suivants : {list}.',
  'export.invalid.host-required': 'Ce préréglage n’a pas de serveur fixe ; indiquez le nom du serveur sortant.',
  'export.invalid.incoming-required':
    'Cet export a besoin d’un serveur de courrier entrant (IMAP ou POP). Ce préréglage n’en a pas ; indiquez-en un à la main.',
  'export.invalid.relay-not-for-mail-apps':
    'Le réglage de relais est destiné aux imprimantes et aux applications qui ne font qu’envoyer des e-mails ; les applications de messagerie ne peuvent pas l’utiliser. Exportez plutôt la fiche d’instructions.',
  'export.invalid.not-windows-1252': '{field} contient des caractères que les fichiers de profil d’Outlook classique pour Windows (.prf) ne peuvent pas contenir. Utilisez des lettres latines simples.',
  'export.invalid.prf-incoming-starttls': 'Pour le courrier entrant, les fichiers de profil d’Outlook classique pour Windows ne peuvent définir que SSL/TLS ou aucun chiffrement, pas STARTTLS.',
  'export.invalid.probe-result': 'Ce fichier n’est pas un résultat de test enregistré par cette application : {reason}',

  // Field names used in messages (start of a sentence)
  'export.field.address': 'L’adresse e-mail',
  'export.field.displayName': 'Le nom',
  'export.field.organization': 'L’organisation',
  'export.field.description': 'La description du compte',
  'export.field.host': 'Le serveur sortant',
  'export.field.port': 'Le port sortant',
  'export.field.username': 'Le nom d’utilisateur',
  'export.field.incomingHost': 'Le serveur entrant',
  'export.field.incomingPort': 'Le port entrant',
  'export.field.incomingUsername': 'Le nom d’utilisateur entrant',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Aucun (non chiffré)',
  'export.value.auth.oauth2': 'Se connecter avec Microsoft (authentification moderne, OAuth2)',
  'export.value.auth.password': 'Mot de passe',
  'export.value.auth.none': 'Sans connexion (le serveur fait confiance à votre réseau ou à votre appareil)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Mail : {address}',
  'export.mobileconfig.description.password':
    'Ajoute le compte de messagerie {address} à Mail ({protocol} pour le courrier entrant, SMTP pour le courrier sortant). Le mot de passe vous est demandé une fois pendant l’installation ; il ne figure pas dans ce fichier.',
  'export.mobileconfig.description.eas':
    'Ajoute {address} à Mail sur iPhone ou iPad en tant que compte Microsoft Exchange qui se connecte avec Microsoft. Ce fichier ne contient aucun mot de passe.',
  'export.mobileconfig.description.ews':
    'Ajoute {address} à Mail sur un Mac en tant que compte Microsoft Exchange (EWS) qui se connecte avec Microsoft. Exchange Online bloque EWS depuis le {blockedFrom}, sauf si votre service informatique l’autorise, et le désactive le {off} ; utilisez alors Outlook pour Mac.',
  'export.mobileconfig.payload.mail': 'Compte {protocol} et SMTP',
  'export.mobileconfig.payload.exchange': 'Compte Microsoft Exchange',
  'export.note.mobileconfig.no-oauth':
    'Les données utiles de messagerie d’Apple (IMAP/POP et SMTP) ne peuvent pas se connecter avec Microsoft (OAuth) : elles créeraient un compte qui ne se connecte jamais. Ce profil ajoute donc la boîte aux lettres en tant que compte Microsoft Exchange avec connexion Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Ce profil Mac utilise Exchange Web Services (EWS), le seul moyen pour Apple Mail sur Mac d’accéder à Exchange Online (Comptes Internet › Microsoft Exchange passe aussi par EWS). Exchange Online bloque EWS depuis le {blockedFrom}, sauf si le locataire l’autorise, et le désactive le {off}. Outlook pour Mac est l’application recommandée.',
  'export.note.mobileconfig.ios-only': 'Ce profil est réservé à l’iPhone et à l’iPad (les Mac ne peuvent pas installer de profils Exchange ActiveSync).',
  'export.note.mobileconfig.password-prompt':
    'Le profil ne contient aucun mot de passe : Mail le demande une fois pendant l’installation du profil.',
  'export.note.mobileconfig.ssl-587':
    'Apple ne précise pas si « Utiliser SSL » sur le port 587 signifie STARTTLS ; testez l’envoi après l’installation.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant : compte Outlook classique pour {address}. Ce fichier ne contient aucun mot de passe.',
  'export.note.prf.caveat':
    'Microsoft ne recommande pas les fichiers .prf pour Outlook 2016 et les versions ultérieures (KB 4046818). Ils ajoutent encore des comptes IMAP et POP, mais ne peuvent pas se connecter avec Microsoft (OAuth) et ne contiennent aucun mot de passe : Outlook le demande.',
  'export.note.prf.microsoft': 'Il s’agit d’une boîte aux lettres Microsoft. Un fichier .prf ne peut pas se connecter avec Microsoft : il ne fonctionnera donc pas pour celle-ci. Dans Outlook classique pour Windows, utilisez Fichier › Ajouter un compte, tapez l’adresse et connectez-vous.',
  'export.note.prf.run-cmd':
    'Gardez le fichier .cmd à côté du fichier .prf, fermez Outlook, puis double-cliquez sur le fichier .cmd.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird n’a pas de commande « ouvrir ce fichier ». Publiez le fichier à l’adresse https://autoconfig.{domain}/mail/config-v1.1.xml, ou copiez-le sous le nom {domain}.xml dans le dossier « isp » de l’installation de Thunderbird.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird connaît déjà les paramètres de Microsoft 365 et d’Outlook.com, y compris la connexion Microsoft ; ce fichier ne sert qu’à les remplacer.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird ne se connecte avec OAuth2 que pour les serveurs qu’il connaît ; il ne connaît peut-être pas {host} et signale alors « Lacking OAuth2 config ».',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'Paramètres de messagerie pour {address}',
  'export.sheet.app-title': '{app} : paramètres de messagerie pour {address}',
  'export.sheet.no-password': 'Cette fiche ne contient aucun mot de passe.',
  'export.sheet.intro':
    'Conservez cette fiche. Elle indique les paramètres de votre boîte aux lettres et les étapes à suivre dans chaque application de messagerie. Elle ne contient aucun mot de passe.',
  'export.sheet.created': 'Créée le {date}',
  'export.sheet.settings.heading': 'Vos paramètres',
  'export.sheet.settings.address': 'Adresse e-mail',
  'export.sheet.settings.username': 'Nom d’utilisateur',
  'export.sheet.settings.sign-in': 'Connexion',
  'export.sheet.settings.outgoing': 'Courrier sortant (SMTP)',
  'export.sheet.settings.incoming': 'Courrier entrant ({protocol})',
  'export.sheet.settings.server': 'Serveur {host}, port {port}, chiffrement {security}',
  'export.sheet.notes.heading': 'Bon à savoir',
  'export.sheet.note.microsoft-sign-in':
    'Votre boîte aux lettres se connecte avec Microsoft. Dans chaque application, choisissez « Ajouter un compte », tapez votre adresse et connectez-vous sur la page Microsoft. Le tableau des serveurs ne sert que de solution de secours pour les applications qui le demandent.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com désactive POP et IMAP par défaut. Seulement si une application demande les paramètres IMAP ou POP : activez-les sur outlook.com › Paramètres › Courrier › Transfert et IMAP.',
  'export.sheet.note.basic-auth-2026': 'Fin {basicOffMonth}, Microsoft désactive par défaut la connexion par mot de passe pour l’envoi (SMTP AUTH) ; votre administrateur peut la réactiver. Les applications qui se connectent avec Microsoft continuent de fonctionner.',
  'export.sheet.note.relay':
    'Ce réglage est destiné aux imprimantes, aux scanners et aux applications qui envoient des e-mails sans se connecter. Votre administrateur informatique doit autoriser l’appareil dans Microsoft 365 (un connecteur pour son adresse IP publique ou son certificat). Transmettez ces valeurs à la personne qui configure l’appareil.',
  'export.sheet.note.send-only':
    'Ces paramètres sont destinés aux imprimantes, aux scanners et aux applications qui ne font qu’envoyer des e-mails. Transmettez-les à la personne qui configure l’appareil.',
  'export.sheet.note.no-password': 'L’application vous demandera votre mot de passe. Personne du service informatique ne vous demandera de le noter.',
  'export.sheet.steps.heading': 'Étape par étape',

  'export.sheet.step.new-outlook.open': 'Ouvrez Outlook et sélectionnez Paramètres (l’engrenage) › Comptes › Comptes de messagerie › Ajouter un compte.',
  'export.sheet.step.new-outlook.address': 'Tapez {address} et sélectionnez Continuer.',
  'export.sheet.step.new-outlook.sign-in': 'Connectez-vous sur la page Microsoft. Outlook trouve lui-même les serveurs.',
  'export.sheet.step.new-outlook.manual':
    'Si Outlook vous demande le type de compte, choisissez {protocol}. Saisissez les serveurs entrant et sortant, les ports et le chiffrement indiqués dans le tableau ci-dessus.',
  'export.sheet.step.new-outlook.password': 'Tapez votre mot de passe quand il vous est demandé, puis sélectionnez Continuer.',

  'export.sheet.step.classic-outlook.open': 'Ouvrez Outlook et sélectionnez Fichier › Ajouter un compte.',
  'export.sheet.step.classic-outlook.address': 'Tapez {address} et sélectionnez Connexion.',
  'export.sheet.step.classic-outlook.sign-in': 'Connectez-vous sur la page Microsoft, puis sélectionnez Terminé.',
  'export.sheet.step.classic-outlook.advanced':
    'Sélectionnez Options avancées, cochez « Configurer mon compte manuellement », sélectionnez Connexion et choisissez {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Saisissez les serveurs entrant et sortant, les ports et la méthode de chiffrement indiqués dans le tableau ci-dessus, puis sélectionnez Suivant.',
  'export.sheet.step.classic-outlook.password': 'Tapez votre mot de passe et sélectionnez Se connecter.',
  'export.sheet.step.classic-outlook.prf':
    'Si le service informatique vous a remis un fichier .cmd accompagné d’un fichier .prf : fermez Outlook et double-cliquez sur le fichier .cmd. Microsoft ne recommande plus les fichiers .prf ; si cela ne fonctionne pas, suivez les étapes ci-dessus.',

  'export.sheet.step.outlook-mac.open': 'Ouvrez Outlook et sélectionnez Outlook › Paramètres › Comptes, puis le bouton + › Nouveau compte.',
  'export.sheet.step.outlook-mac.address': 'Tapez {address} et sélectionnez Continuer.',
  'export.sheet.step.outlook-mac.sign-in': 'Connectez-vous sur la page Microsoft, puis sélectionnez Terminé.',
  'export.sheet.step.outlook-mac.manual':
    'Si Outlook vous demande le fournisseur, choisissez {protocol} et saisissez les serveurs, les ports et le nom d’utilisateur indiqués dans le tableau ci-dessus.',
  'export.sheet.step.outlook-mac.password': 'Tapez votre mot de passe et sélectionnez Ajouter un compte.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail sur Mac n’accède à Microsoft 365 que par Exchange Web Services (EWS), y compris depuis Réglages Système › Comptes Internet › Microsoft Exchange. Microsoft bloque EWS depuis le {blockedFrom}, sauf si votre service informatique l’autorise, et le désactive le {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Utilisez plutôt Outlook pour Mac (étapes ci-dessus), sauf si votre service informatique vous indique qu’EWS est autorisé pour votre organisation.',
  'export.sheet.step.apple-mail.other': 'Ouvrez Mail et sélectionnez Mail › Ajouter un compte › Autre compte Mail, puis Continuer.',
  'export.sheet.step.apple-mail.other-details': 'Tapez votre nom, {address} et votre mot de passe, puis sélectionnez Se connecter.',
  'export.sheet.step.apple-mail.other-servers':
    'Si Mail demande les serveurs, choisissez {protocol} et saisissez les serveurs entrant et sortant indiqués dans le tableau ci-dessus.',
  'export.sheet.step.apple-mail.profile':
    'Si le service informatique vous a remis un fichier .mobileconfig : double-cliquez dessus, puis ouvrez Réglages Système › Général › Gestion des appareils (Confidentialité et sécurité › Profils sous macOS 14) et sélectionnez Installer.',

  'export.sheet.step.iphone.exchange': 'Ouvrez Réglages › Apps › Mail › Comptes Mail › Ajouter un compte et choisissez Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Tapez {address}, touchez Suivant, puis Se connecter, et connectez-vous avec Microsoft.',
  'export.sheet.step.iphone.other': 'Ouvrez Réglages › Apps › Mail › Comptes Mail › Ajouter un compte › Autre › Ajouter un compte Mail.',
  'export.sheet.step.iphone.other-details':
    'Tapez votre nom, {address} et votre mot de passe, choisissez {protocol} et saisissez les serveurs indiqués dans le tableau ci-dessus.',
  'export.sheet.step.iphone.profile': 'Si le service informatique vous a remis un fichier .mobileconfig : ouvrez-le, puis allez dans Réglages › Profil téléchargé et touchez Installer dans un délai de {duration}.',

  'export.sheet.source': 'Source de ces valeurs : {source}',

  // Diagnostic report
  'export.report.title': 'Rapport de test de la connexion de messagerie',
  'export.report.intro':
    'Ce rapport montre ce qui s’est passé quand l’application a testé le serveur de messagerie. Les mots de passe, les jetons et les données de connexion ont été retirés. Envoyez-le à votre administrateur informatique.',
  'export.report.created': 'Créé le {date}',
  'export.report.summary.heading': 'Résumé',
  'export.report.summary.verdict': 'Résultat',
  'export.report.summary.server': 'Serveur',
  'export.report.summary.security': 'Chiffrement',
  'export.report.summary.sign-in': 'Connexion',
  'export.report.summary.user': 'Nom d’utilisateur',
  'export.report.summary.started': 'Testé le',
  'export.report.summary.duration': 'Durée',
  'export.report.verdict.pass': 'Fonctionne',
  'export.report.verdict.warn': 'Fonctionne, avec des avertissements',
  'export.report.verdict.fail': 'Ne fonctionne pas',
  'export.report.verdict.cancelled': 'Annulé',
  'export.report.findings.heading': 'Ce qui a été trouvé',
  'export.report.findings.none': 'Aucun problème n’a été trouvé.',
  'export.report.stages.heading': 'Étapes du test',
  'export.report.stages.step': 'Étape',
  'export.report.stages.status': 'Résultat',
  'export.report.stages.time': 'Durée',
  'export.report.stages.detail': 'Détail',
  'export.report.status.pass': 'réussi',
  'export.report.status.warn': 'avertissement',
  'export.report.status.fail': 'échoué',
  'export.report.status.skipped': 'ignoré',
  'export.report.tls.heading': 'Chiffrement et certificat',
  'export.report.tls.none': 'Aucune connexion chiffrée n’a été établie.',
  'export.report.tls.protocol': 'Protocole',
  'export.report.tls.cipher': 'Algorithme de chiffrement',
  'export.report.tls.verified': 'Certificat approuvé',
  'export.report.tls.diagnosis': 'Diagnostic',
  'export.report.tls.verify-error': 'Erreur de vérification',
  'export.report.tls.system-store': 'Approuvé uniquement par le magasin de certificats du système d’exploitation',
  'export.report.tls.interceptor': 'Intercepté par',
  'export.report.tls.chain': 'Certificat {n} de la chaîne',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, émis par {issuer}, valide du {from} au {to}, noms : {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Ce que le serveur a proposé',
  'export.report.capabilities.extensions': 'Extensions proposées',
  'export.report.capabilities.auth': 'Méthodes d’authentification',
  'export.report.transcript.heading': 'Échanges avec le serveur (secrets retirés)',
  'export.report.yes': 'oui',
  'export.report.no': 'non',
  'export.report.stage.resolve': 'Recherche du nom du serveur',
  'export.report.stage.connect': 'Connexion au serveur',
  'export.report.stage.greeting': 'Accueil du serveur',
  'export.report.stage.ehlo': 'Présentation (EHLO)',
  'export.report.stage.starttls': 'Démarrage du chiffrement (STARTTLS)',
  'export.report.stage.tls': 'Connexion chiffrée (TLS)',
  'export.report.stage.ehlo-tls': 'Nouvelle présentation, chiffrée',
  'export.report.stage.auth': 'Connexion au compte',
  'export.report.stage.mail-from': 'Expéditeur accepté',
  'export.report.stage.rcpt-to': 'Destinataire accepté',
  'export.report.stage.data': 'Message de test envoyé',
  'export.report.stage.quit': 'Fin de session',

  // Writer / CLI
  'export.cli.password-refused':
    'Les exports ne contiennent jamais de mot de passe ni de jeton : cette commande n’en accepte donc aucun. Retirez {flag}.',
  'export.write.failed': 'Impossible d’écrire {path} : {reason}',
};
