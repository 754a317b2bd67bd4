import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** French: findings about the network, TLS and the SMTP protocol. */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Cet ordinateur n’est pas connecté à Internet',
  'finding.network.offline.explanation': 'Le test n’a pu joindre aucun serveur : le problème vient de la connexion, pas de vos paramètres de messagerie. Tout le reste de l’application fonctionne hors connexion.',
  'finding.network.offline.steps.1': 'Vérifiez que le Wi-Fi ou le câble réseau est bien connecté.',
  'finding.network.offline.steps.2': 'Ouvrez un site web pour vérifier qu’Internet fonctionne, puis testez à nouveau.',
  'finding.network.offline.steps.3': 'Si vous utilisez un VPN, connectez-le ou déconnectez-le, puis testez à nouveau.',
  'finding.network.offline.admin': 'Mon ordinateur n’arrive pas à accéder à Internet, je ne peux donc pas tester mes paramètres de messagerie. Pourriez-vous vérifier ma connexion réseau ?',

  'finding.network.dns-failure.title': 'Le nom du serveur de messagerie est introuvable',
  'finding.network.dns-failure.explanation': 'Votre ordinateur n’a pas pu trouver le nom {host}. Le nom est peut-être mal saisi, ou le service de noms du réseau (DNS) ne fonctionne pas.',
  'finding.network.dns-failure.steps.1': 'Vérifiez le nom du serveur : pour Microsoft 365, c’est {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Les anciens noms régionaux comme {obsoleteHost} ne fonctionnent plus. Utilisez {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Si les sites web ne s’ouvrent pas non plus, c’est le réseau qui pose problème : essayez un autre réseau.',
  'finding.network.dns-failure.admin': 'Mon ordinateur n’arrive pas à résoudre le nom du serveur de messagerie {host} (la recherche DNS échoue). Pourriez-vous vérifier nos paramètres DNS, ou si un filtre bloque ce nom ?',

  'finding.network.port-blocked.title': 'Quelque chose sur le réseau bloque le port de messagerie',
  'finding.network.port-blocked.explanation': 'La connexion à {host} sur le port {port} n’a reçu aucune réponse. En général, c’est un pare-feu, un logiciel de sécurité ou votre fournisseur d’accès à Internet qui la bloque.',
  'finding.network.port-blocked.steps.1': 'Testez à nouveau sur un autre réseau, par exemple le partage de connexion de votre téléphone. Si cela fonctionne, c’est ce réseau qui bloque le port.',
  'finding.network.port-blocked.steps.2': 'Vérifiez que le port est {m365Port} avec STARTTLS, le réglage recommandé par Microsoft.',
  'finding.network.port-blocked.steps.3': 'Demandez à votre service informatique d’autoriser les connexions sortantes vers {host} sur le port {port}.',
  'finding.network.port-blocked.admin': 'Les connexions sortantes de mon ordinateur vers {host} sur le port TCP {port} expirent sans réponse. Pourriez-vous autoriser le trafic sortant TCP {port} vers {host} dans le pare-feu ? Microsoft 365 utilise le port {m365Port} avec STARTTLS pour l’envoi d’e-mails.',

  'finding.network.port-25-blocked.title': 'Votre fournisseur d’accès à Internet bloque le port 25',
  'finding.network.port-25-blocked.explanation': 'Les fournisseurs d’accès à Internet, à domicile comme sur mobile, bloquent généralement le port 25 sortant pour lutter contre le spam. Le problème ne vient pas de Microsoft : utilisez plutôt le port {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Passez au port {m365Port} avec STARTTLS, puis testez à nouveau.',
  'finding.network.port-25-blocked.steps.2': 'Si vous devez utiliser le port 25 (par exemple pour un scanner qui envoie par un relais), l’envoi doit se faire depuis le réseau du bureau.',
  'finding.network.port-25-blocked.admin': 'Le port 25 vers {host} est bloqué depuis le réseau que j’utilise (les fournisseurs d’accès grand public le bloquent généralement). Pourriez-vous me confirmer que je dois envoyer par {m365Host} sur le port {m365Port} avec STARTTLS, ou m’indiquer quel relais utiliser en dehors du bureau ?',

  'finding.network.connection-refused.title': 'Le serveur a refusé la connexion',
  'finding.network.connection-refused.explanation': 'L’ordinateur {host} a répondu, mais il n’accepte pas de connexion sur le port {port}. Le port ou le nom du serveur est probablement incorrect.',
  'finding.network.connection-refused.steps.1': 'Vérifiez le nom du serveur et le port : Microsoft 365 utilise {m365Host}, port {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Si les paramètres sont corrects, un pare-feu ou un proxy refuse peut-être la connexion : testez sur un autre réseau.',
  'finding.network.connection-refused.admin': 'Les connexions de mon ordinateur vers {host} sur le port {port} sont refusées. Pourriez-vous vérifier si un pare-feu ou un proxy rejette les connexions sortantes vers ce port ?',

  'finding.network.connect-failed.title': 'L’application n’a pas pu se connecter au serveur de messagerie',
  'finding.network.connect-failed.explanation': 'L’application n’a pas pu établir de connexion avec le serveur de courrier sortant, et son message n’en donne pas la raison. En général, le nom du serveur ou le port est incorrect, ou un pare-feu ou un logiciel de sécurité bloque la connexion.',
  'finding.network.connect-failed.steps.1': 'Vérifiez le serveur sortant : pour Microsoft 365, c’est {m365Host}, port {m365Port}, STARTTLS (certaines applications l’appellent « TLS »).',
  'finding.network.connect-failed.steps.2': 'Le port {port465} ne fonctionne pas avec Microsoft : remplacez-le par {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Testez ici avec cette application : elle montre exactement où la connexion s’arrête.',
  'finding.network.connect-failed.admin': 'L’envoi depuis {sender} échoue faute de pouvoir se connecter au serveur de courrier sortant (le message indique seulement que la connexion est impossible). Pourriez-vous vérifier que le trafic sortant TCP {m365Port} vers {m365Host} est autorisé depuis notre réseau, et qu’aucun produit de sécurité ne le bloque ?',

  'finding.network.connection-reset.title': 'La connexion a été coupée',
  'finding.network.connection-reset.explanation': 'La connexion au serveur de messagerie s’est ouverte, puis s’est brusquement fermée. C’est souvent le fait d’un pare-feu, d’un logiciel de sécurité ou d’un réseau instable.',
  'finding.network.connection-reset.steps.1': 'Testez à nouveau : une brève coupure réseau passe d’elle-même.',
  'finding.network.connection-reset.steps.2': 'Si cela se reproduit, testez sur un autre réseau.',
  'finding.network.connection-reset.steps.3': 'Si votre antivirus analyse les e-mails, suspendez brièvement cette analyse, testez à nouveau, puis réactivez-la.',
  'finding.network.connection-reset.admin': 'Ma connexion à {host} sur le port {port} est coupée au milieu de la session de messagerie. Pourriez-vous vérifier si un pare-feu, un proxy ou un outil d’analyse des e-mails interrompt le trafic SMTP vers ce serveur ?',

  'finding.network.greeting-timeout.title': 'Le serveur a accepté la connexion mais n’a jamais répondu',
  'finding.network.greeting-timeout.explanation': 'La connexion s’est établie, mais le serveur de messagerie n’a jamais envoyé son message d’accueil. En général, le réglage de sécurité ne correspond pas au port, ou quelque chose entre les deux retient la connexion.',
  'finding.network.greeting-timeout.steps.1': 'Utilisez le port {m365Port} avec STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Si vous avez choisi SSL/TLS, passez à STARTTLS. Si vous avez choisi le port {port465}, passez au port {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Testez sur un autre réseau pour écarter un pare-feu.',
  'finding.network.greeting-timeout.admin': 'Mon ordinateur se connecte à {host} sur le port {port}, mais le message d’accueil SMTP du serveur n’arrive jamais. Pourriez-vous vérifier si un pare-feu ou un proxy retient les connexions SMTP sur ce port ?',

  // tls
  'finding.tls.mode-mismatch.title': 'Le réglage de sécurité ne correspond pas au port',
  'finding.tls.mode-mismatch.explanation': 'L’application a lancé le chiffrement autrement que ce qu’attend le serveur. Le port {m365Port} demande STARTTLS ; le SSL/TLS dès le départ correspond au port {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Réglez le port sur {m365Port} et la sécurité sur STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Certaines applications appellent STARTTLS « TLS », et le TLS implicite « SSL ». Pour le port {m365Port}, choisissez STARTTLS (ou « TLS »).',
  'finding.tls.mode-mismatch.steps.3': 'Testez à nouveau.',
  'finding.tls.mode-mismatch.admin': 'Le réglage de sécurité de {sender} ne correspondait pas au serveur {host} sur le port {port} (confusion entre STARTTLS et SSL/TLS). Je passe au port {m365Port} avec STARTTLS. Merci de me dire si notre organisation utilise d’autres paramètres.',

  'finding.tls.port-465-unsupported.title': 'Microsoft ne propose pas le port 465',
  'finding.tls.port-465-unsupported.explanation': '{host} est un serveur Microsoft, et Microsoft n’accepte pas les e-mails des applications sur le port {port465}. Ce n’est pas une panne réseau : utilisez le port {m365Port} avec STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Passez au port {m365Port} et réglez la sécurité sur STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2': 'Si votre appareil ne peut utiliser que le port {port465}, il ne peut pas envoyer directement par Microsoft 365 : renseignez-vous auprès du service informatique sur un relais.',
  'finding.tls.port-465-unsupported.admin': 'J’avais configuré {sender} sur le port {port465} pour {host}, que Microsoft 365 ne prend pas en charge pour l’envoi. Je passe au port {m365Port} avec STARTTLS. Pourriez-vous me dire si notre organisation utilise d’autres paramètres ? Un appareil qui ne peut utiliser que le port {port465} a besoin d’une autre voie, par exemple un relais par connecteur.',

  'finding.tls.starttls-unavailable.title': 'Le serveur ne propose pas de chiffrement',
  'finding.tls.starttls-unavailable.explanation': 'Le serveur n’a pas proposé STARTTLS : votre mot de passe ne peut donc pas être envoyé en toute sécurité. Les serveurs de Microsoft le proposent toujours ; soit le nom du serveur est incorrect, soit quelque chose sur le réseau le supprime.',
  'finding.tls.starttls-unavailable.steps.1': 'Vérifiez le nom du serveur : {m365Host} pour Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Testez sur un autre réseau : certains pare-feu suppriment STARTTLS des connexions de messagerie.',
  'finding.tls.starttls-unavailable.steps.3': 'Ne désactivez pas le chiffrement pour que cela fonctionne.',
  'finding.tls.starttls-unavailable.admin': 'Le serveur SMTP {host} sur le port {port} ne propose pas STARTTLS à mon ordinateur. Pourriez-vous vérifier si un pare-feu ou une fonction d’inspection SMTP supprime STARTTLS des connexions SMTP ?',

  'finding.tls.version-too-old.title': 'Votre application utilise une ancienne version de chiffrement, bloquée',
  'finding.tls.version-too-old.explanation': 'Microsoft n’accepte que {tlsMinimum} ou une version plus récente, et cette application ou cet appareil a proposé une version plus ancienne. Une mise à jour de l’application ou du système d’exploitation règle généralement le problème.',
  'finding.tls.version-too-old.steps.1': 'Installez les mises à jour de votre application de messagerie et de votre système d’exploitation, puis testez à nouveau.',
  'finding.tls.version-too-old.steps.2': 'S’il s’agit d’un ancien appareil impossible à mettre à jour, adressez-vous au service informatique : Microsoft propose une option héritée, à activer sur demande.',
  'finding.tls.version-too-old.admin': 'L’envoi depuis {sender} vers {host} utilise TLS 1.0 ou 1.1, qu’Exchange Online rejette (421 4.7.66). Pourriez-vous m’aider à faire la mise à jour ? Si l’appareil ne peut pas être mis à jour, Microsoft propose un point de terminaison hérité sur demande, {legacyHost}, à activer avec le réglage ci-dessous (non disponible dans GCC, GCC High ni DoD).',

  'finding.tls.handshake-failed.title': 'La connexion sécurisée n’a pas pu être établie',
  'finding.tls.handshake-failed.explanation': 'Le serveur de messagerie a été joint, mais la mise en place du chiffrement a échoué, et le message n’en donne pas la raison. Souvent, l’application ou l’appareil ne connaît qu’un ancien chiffrement (Microsoft exige {tlsMinimum}), ou un logiciel de sécurité interfère.',
  'finding.tls.handshake-failed.steps.1': 'Installez les mises à jour de l’application ou de l’appareil (le micrologiciel, pour une imprimante ou un scanner), puis testez à nouveau.',
  'finding.tls.handshake-failed.steps.2': 'Testez ici avec cette application : elle indique précisément le problème de certificat ou de version.',
  'finding.tls.handshake-failed.steps.3': 'Si votre antivirus analyse les e-mails, demandez au service informatique s’il inspecte les connexions de messagerie.',
  'finding.tls.handshake-failed.admin': 'L’envoi depuis {sender} vers {host} échoue pendant la mise en place de TLS (après STARTTLS), sans plus de détails. Pourriez-vous vérifier que {tlsMinimum} y est pris en charge et que {g2Root} y est approuvé, et si une inspection SSL/TLS sur notre réseau intercepte la connexion ?',

  'finding.tls.certificate-untrusted.title': 'Cet ordinateur ne fait pas confiance au certificat du serveur',
  'finding.tls.certificate-untrusted.explanation': 'Le certificat du serveur remonte à un certificat racine que cet ordinateur n’a pas ou n’approuve plus. Pour les serveurs Microsoft, il s’agit généralement d’un magasin de certificats obsolète, pas d’une attaque.',
  'finding.tls.certificate-untrusted.steps.1': 'Installez les mises à jour de votre système d’exploitation : elles actualisent les certificats approuvés.',
  'finding.tls.certificate-untrusted.steps.2': 'Mettez cette application à jour vers la dernière version.',
  'finding.tls.certificate-untrusted.steps.3': 'Si cela ne suffit pas, demandez au service informatique d’ajouter le certificat racine manquant.',
  'finding.tls.certificate-untrusted.admin': 'Le certificat du serveur {host} n’est pas approuvé sur mon ordinateur (par exemple « unable to get local issuer certificate »). Microsoft demande aux clients de faire confiance à {g2Root}, et les magasins de certificats récents n’incluent plus DigiCert Global Root CA (G1), que certains serveurs Microsoft utilisent encore. Pourriez-vous mettre à jour les certificats racines approuvés sur mon ordinateur ?',

  'finding.tls.intercepted.title': 'Un logiciel de sécurité intercepte votre connexion de messagerie',
  'finding.tls.intercepted.explanation': 'Le certificat a été émis par {interceptor}, et non par la véritable autorité de certification du serveur de messagerie. Les antivirus, pare-feu et proxys font cela pour analyser le trafic, ce qui casse la connexion de messagerie sécurisée.',
  'finding.tls.intercepted.steps.1': 'Dans les paramètres de votre antivirus, désactivez l’analyse des e-mails ou l’analyse SSL pour le courrier sortant, ou ajoutez une exception pour {host}.',
  'finding.tls.intercepted.steps.2': 'Si ce produit est géré par votre entreprise, demandez au service informatique d’ajouter l’exception.',
  'finding.tls.intercepted.steps.3': 'N’acceptez pas le certificat malgré tout : votre mot de passe passerait par le logiciel d’analyse.',
  'finding.tls.intercepted.admin': 'Ma connexion à {host} sur le port {port} est interceptée : le certificat est émis par {interceptor} au lieu de l’autorité de certification publique du serveur. Pourriez-vous exclure {host}, port {port}, de l’inspection SSL/TLS et de l’analyse des e-mails dans ce produit ?',

  'finding.tls.hostname-mismatch.title': 'Le certificat appartient à un autre serveur',
  'finding.tls.hostname-mismatch.explanation': 'Le serveur a présenté un certificat qui ne correspond pas au nom {host}. Le nom du serveur est peut-être incorrect, ou une page de connexion ou un proxy de ce réseau a répondu à sa place.',
  'finding.tls.hostname-mismatch.steps.1': 'Vérifiez le nom du serveur : pour Microsoft 365, c’est {m365Host}, jamais une adresse IP.',
  'finding.tls.hostname-mismatch.steps.2': 'Sur un Wi-Fi d’hôtel ou un Wi-Fi invité, connectez-vous d’abord au réseau dans votre navigateur, puis testez à nouveau.',
  'finding.tls.hostname-mismatch.admin': 'Le certificat TLS présenté pour {host} sur le port {port} ne correspond pas à ce nom. Pourriez-vous vérifier si un proxy ou un portail captif de notre réseau répond à la place du vrai serveur ?',

  'finding.tls.certificate-expired.title': 'Le certificat du serveur a expiré',
  'finding.tls.certificate-expired.explanation': 'Le certificat présenté par le serveur a dépassé sa date de fin de validité. Si la date de cet ordinateur est correcte, le problème vient du serveur ou de quelque chose entre les deux.',
  'finding.tls.certificate-expired.steps.1': 'Vérifiez la date et l’heure de cet ordinateur.',
  'finding.tls.certificate-expired.steps.2': 'Si la date est correcte, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.tls.certificate-expired.admin': 'Selon mon ordinateur, le certificat présenté par {host} sur le port {port} a expiré, et mon horloge est à l’heure. Pourriez-vous vérifier le certificat du serveur, ou si un proxy en présente un ancien ?',

  'finding.tls.certificate-not-yet-valid.title': 'Le certificat du serveur n’est pas encore valide',
  'finding.tls.certificate-not-yet-valid.explanation': 'Le serveur a présenté un certificat dont la date de début de validité n’est pas encore arrivée. L’horloge de cet ordinateur concorde avec celle du serveur : le problème vient donc du certificat, ou de quelque chose entre les deux.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Ne modifiez pas l’horloge de votre ordinateur : elle est à l’heure.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.tls.certificate-not-yet-valid.admin': 'Le certificat présenté par {host} sur le port {port} n’est pas encore valide (sa date de début est dans le futur), alors que l’horloge de mon ordinateur concorde avec l’heure donnée par le serveur dans son message d’accueil. Pourriez-vous vérifier le certificat de ce serveur, ou si un proxy de notre réseau présente le sien ?',

  'finding.tls.clock-skew.title': 'L’horloge de cet ordinateur n’est pas à l’heure',
  'finding.tls.clock-skew.explanation': 'Les connexions sécurisées vérifient les dates, et la date ou l’heure de cet ordinateur est décalée. Les certificats semblent alors expirés ou pas encore valides.',
  'finding.tls.clock-skew.steps.1': 'Réglez correctement la date, l’heure et le fuseau horaire, idéalement avec « Régler l’heure automatiquement ».',
  'finding.tls.clock-skew.steps.2': 'Testez à nouveau.',
  'finding.tls.clock-skew.admin': 'L’horloge de mon ordinateur semble décalée, ce qui fait échouer la vérification du certificat du serveur {host}. Pourriez-vous m’aider à corriger la synchronisation de l’heure sur cet ordinateur ?',

  'finding.tls.revocation-unreachable.title': 'Le service de vérification des certificats est injoignable',
  'finding.tls.revocation-unreachable.explanation': 'Pour vérifier le certificat du serveur, cet ordinateur doit pouvoir consulter la liste de révocation de l’autorité de certification. Le réseau la bloque.',
  'finding.tls.revocation-unreachable.steps.1': 'Testez sur un autre réseau.',
  'finding.tls.revocation-unreachable.steps.2': 'Demandez au service informatique d’autoriser les adresses de révocation de l’autorité de certification (CRL et OCSP).',
  'finding.tls.revocation-unreachable.admin': 'La vérification du certificat du serveur {host} échoue avec « unable to get certificate CRL » : les adresses de révocation des certificats semblent donc bloquées sur notre réseau. Pourriez-vous autoriser le trafic HTTP sortant vers les adresses CRL et OCSP indiquées dans la chaîne de certificats du serveur ?',

  // protocol
  'finding.protocol.ehlo-required.title': 'L’application a sauté une étape obligatoire après le chiffrement',
  'finding.protocol.ehlo-required.explanation': 'Après avoir activé le chiffrement, l’application doit saluer à nouveau le serveur (EHLO), et elle ne l’a pas fait. Le problème vient de l’application de messagerie, pas de votre compte.',
  'finding.protocol.ehlo-required.steps.1': 'Mettez à jour l’application de messagerie ou l’appareil.',
  'finding.protocol.ehlo-required.steps.2': 'Si cela se produit encore avec STARTTLS sur le port {m365Port}, seul l’éditeur de l’application peut corriger le problème.',
  'finding.protocol.ehlo-required.admin': 'Après STARTTLS, {sender} ne renvoie pas EHLO : {host} répond donc « 503 5.5.2 Send hello first ». Pourriez-vous m’aider à faire la mise à jour ou à trouver une solution de remplacement ?',

  'finding.protocol.starttls-required.title': 'Le serveur exige d’abord le chiffrement',
  'finding.protocol.starttls-required.explanation': 'L’application a essayé de se connecter ou d’envoyer avant d’activer le chiffrement, et le serveur a refusé. Activer STARTTLS règle le problème.',
  'finding.protocol.starttls-required.steps.1': 'Réglez la sécurité sur STARTTLS, sur le port {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Testez à nouveau.',
  'finding.protocol.starttls-required.admin': 'L’envoi depuis {sender} vers {host} s’est fait sans STARTTLS et a été refusé. J’active STARTTLS sur le port {m365Port}. Merci de me dire si nos paramètres sont différents.',

  'finding.protocol.command-unrecognized.title': 'Le serveur n’a pas compris l’application',
  'finding.protocol.command-unrecognized.explanation': 'Le serveur a reçu quelque chose qu’il n’a pas pu interpréter comme une commande de messagerie. En général, le réglage de sécurité ou le port est incorrect, ou quelque chose entre les deux modifie la connexion.',
  'finding.protocol.command-unrecognized.steps.1': 'Utilisez le port {m365Port} avec STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Testez sur un autre réseau pour écarter un proxy.',
  'finding.protocol.command-unrecognized.admin': '{host} répond « 500 5.3.3 Unrecognized command » à {sender}. Pourriez-vous vérifier si un proxy ou une inspection SMTP modifie la connexion ?',
};
