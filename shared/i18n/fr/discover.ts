import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** French: finding working settings (port matrix, reasons, domain checks, clock, CLI output). */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells.
  'discover.column.port': 'Port',
  'discover.column.mode': 'Mode',
  'discover.column.reach': 'Accès',
  'discover.column.tls': 'Chiffrement',
  'discover.column.auth': 'Authentification',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Sans chiffrement',

  'discover.reach.reachable': 'Joignable',
  'discover.reach.blocked': 'Bloqué (aucune réponse)',
  'discover.reach.refused': 'Refusé',
  'discover.reach.reset': 'Coupé',
  'discover.reach.no-greeting': 'Aucune réponse du serveur de messagerie',
  'discover.reach.unresolved': 'Nom du serveur introuvable',
  'discover.reach.offline': 'Aucun réseau',
  'discover.reach.cancelled': 'Annulé',
  'discover.reach.error': 'Erreur',
  'discover.reach.not-tried': 'Non testé',

  'discover.tls.verified': 'Sécurisé, certificat vérifié',
  'discover.tls.unverified': 'Certificat non approuvé',
  'discover.tls.not-offered': 'Non proposé',
  'discover.tls.mode-mismatch': 'Autre mode de chiffrement',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Non chiffré',

  'discover.auth.none': 'aucune',
  'discover.expected': 'attendu',

  // Why this port, or why none.
  'discover.reason.works': 'Le port {port} ({mode}) a répondu, la connexion a été chiffrée et le certificat du serveur a été vérifié avec succès.',
  'discover.reason.auth-offered': 'Une fois la connexion sécurisée, le serveur propose l’authentification ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'Le serveur sur le port {port} ne propose aucune authentification. C’est normal pour un relais ou l’envoi direct (sans mot de passe), mais une boîte aux lettres ne peut pas s’y connecter.',
  'discover.reason.preferred-port': 'Le port 587 avec STARTTLS est le port recommandé par Microsoft pour les applications et les appareils qui envoient des e-mails.',
  'discover.reason.fallback-port': 'Le port {port} est proposé car le port {preferred} n’a pas fonctionné depuis ce réseau.',
  'discover.reason.blocked': 'Le port {port} n’a reçu aucune réponse : un pare-feu de ce réseau ou votre fournisseur d’accès à Internet le bloque probablement.',
  'discover.reason.port-25-blocked':
    'Le port 25 n’a reçu aucune réponse. Les fournisseurs d’accès à Internet, à domicile comme sur mobile, le bloquent souvent ; ce n’est pas grave tant que le port 587 fonctionne.',
  'discover.reason.refused': 'Le port {port} a été refusé : rien n’y accepte de connexion de messagerie.',
  'discover.reason.465-microsoft':
    'Le port 465 ne fonctionne pas avec Microsoft : il n’est pas proposé pour l’envoi. Cet échec est donc normal et ne vient pas du réseau.',
  'discover.reason.tls-problem': 'Le port {port} a répondu, mais sa connexion sécurisée n’a pas pu être approuvée ({diagnosis}).',
  'discover.reason.no-tls': 'Le port {port} a répondu mais ne propose aucun chiffrement : un mot de passe envoyé par ce port ne serait pas protégé.',
  'discover.reason.no-greeting': 'Le port {port} a accepté la connexion, mais aucun serveur de messagerie n’y a répondu.',
  'discover.reason.mode-detected': 'Le port {port} utilise {mode}, et non {tried} ; la vérification a été refaite de cette façon.',
  'discover.reason.none-works':
    'Aucun port n’a fonctionné depuis ce réseau. Essayez un autre réseau (le partage de connexion d’un téléphone, par exemple) pour voir si ce réseau est en cause, et envoyez ces détails à votre administrateur informatique.',
  'discover.reason.offline': 'Cet ordinateur n’est connecté à aucun réseau : le serveur de messagerie n’a donc pas pu être vérifié.',
  'discover.reason.dns-failure':
    'Cet ordinateur est connecté à un réseau mais ne parvient pas à trouver les noms de serveur : le serveur de messagerie est donc introuvable. Redémarrez le routeur (ou la box), ou demandez au service informatique de vérifier le service de noms du réseau (DNS).',
  'discover.reason.captive-portal':
    'Ce réseau semble exiger d’abord une page de connexion (comme dans les hôtels, les trains ou les Wi-Fi invités) : le nom du serveur de Microsoft mène à une adresse locale. Ouvrez une page web, terminez la connexion, puis réessayez.',
  'discover.reason.clock-skew': 'L’horloge de cet ordinateur est décalée d’environ {minutes, plural, one {# minute} other {# minutes}} ; les connexions sécurisées échouent tant qu’elle n’est pas corrigée.',
  'discover.reason.cancelled': 'La vérification a été annulée avant la fin.',

  // Network status.
  'discover.network.online': 'Connecté à un réseau.',
  'discover.network.offline': 'Aucune connexion réseau.',
  'discover.network.dns-failure': 'Connecté, mais les noms de serveur sont introuvables.',
  'discover.network.captive-portal': 'Le réseau demande probablement d’abord une page de connexion.',

  // Where the server name came from.
  'discover.host.given': 'Le serveur que vous avez saisi.',
  'discover.host.consumer-domain': 'Le domaine {domain} appartient à Outlook.com : l’envoi passe donc par smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'Le courrier du domaine {domain} est géré par Microsoft 365 : l’envoi passe donc par smtp.office365.com.',
  'discover.host.microsoft365-dns': 'Les enregistrements DNS du domaine {domain} pointent vers Microsoft 365 : l’envoi passe donc par smtp.office365.com.',
  'discover.host.default':
    'Rien dans les enregistrements DNS du domaine {domain} n’indique Microsoft 365 ; smtp.office365.com est tout de même vérifié, car cette application configure Microsoft 365.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'Le courrier destiné au domaine {domain} est distribué à Microsoft 365 ({host}). Envoyez par smtp.office365.com. Pour une imprimante ou une application qui ne peut pas se connecter, le service informatique peut mettre en place un relais ou l’envoi direct vers {host} sur le port 25.',
  'discover.domain.mx.outlook-com': 'Le courrier du domaine {domain} est géré par Outlook.com (comptes Microsoft personnels).',
  'discover.domain.mx.other':
    'Le courrier destiné au domaine {domain} est distribué à {host}, qui n’est pas Microsoft 365. Si votre boîte aux lettres se trouve malgré tout sur Microsoft 365 (par exemple derrière un filtre de messagerie), demandez au service informatique par quel serveur envoyer.',
  'discover.domain.mx.none': 'Le domaine {domain} n’a pas d’enregistrement de messagerie (MX) : les e-mails envoyés à ce domaine n’arriveraient pas. Vérifiez l’orthographe de l’adresse.',
  'discover.domain.mx.failed': 'L’enregistrement de messagerie (MX) du domaine {domain} n’a pas pu être consulté ({code}).',
  'discover.domain.spf.microsoft':
    'Le domaine {domain} autorise Microsoft 365 à envoyer ses e-mails (son enregistrement SPF inclut spf.protection.outlook.com) : les e-mails envoyés par Microsoft 365 ne passent donc pas pour des faux.',
  'discover.domain.spf.other':
    'Le domaine {domain} a un enregistrement SPF, mais celui-ci ne mentionne pas Microsoft 365. Les e-mails envoyés par Microsoft 365 risquent d’arriver dans le courrier indésirable ou d’être refusés ; le service informatique peut ajouter include:spf.protection.outlook.com.',
  'discover.domain.spf.none': 'Le domaine {domain} ne publie aucun enregistrement SPF : les destinataires ne peuvent pas vérifier qui a le droit d’envoyer ses e-mails, et certains les traitent comme du courrier indésirable.',
  'discover.domain.spf.failed': 'L’enregistrement SPF du domaine {domain} n’a pas pu être consulté ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook peut trouver seul les paramètres du domaine {domain} : la découverte automatique (autodiscover) pointe vers Microsoft 365.',
  'discover.domain.autodiscover.other':
    'La découverte automatique du domaine {domain} pointe vers {target}, et non vers Microsoft 365 : Outlook risque de ne pas se configurer automatiquement. L’envoi n’est pas concerné.',
  'discover.domain.autodiscover.none':
    'Le domaine {domain} n’a pas d’enregistrement autodiscover : Outlook vous demandera peut-être de saisir les paramètres à la main. L’envoi n’est pas concerné.',
  'discover.domain.autodiscover.failed': 'L’enregistrement autodiscover du domaine {domain} n’a pas pu être consulté ({code}).',
  'discover.domain.dmarc.strict':
    'Le domaine {domain} a une stratégie DMARC stricte (p={policy}) : les destinataires refusent, ou classent en courrier indésirable, tout e-mail qui prétend faussement en provenir. Envoyez par Microsoft 365 avec votre propre adresse ; un appareil qui envoie directement vers des adresses externes sera refusé.',
  'discover.domain.dmarc.monitor': 'Le domaine {domain} a un enregistrement DMARC qui se contente de surveiller (p=none) ; l’envoi n’est pas concerné.',
  'discover.domain.dmarc.none': 'Le domaine {domain} n’a pas d’enregistrement DMARC. L’envoi fonctionne ; les destinataires sont simplement moins aidés pour repérer les faux e-mails.',
  'discover.domain.dmarc.failed': 'L’enregistrement DMARC du domaine {domain} n’a pas pu être consulté ({code}).',

  // Clock.
  'discover.clock.ok': 'L’horloge de cet ordinateur concorde avec celle du serveur de messagerie.',
  'discover.clock.ahead': 'L’horloge de cet ordinateur a environ {minutes, plural, one {# minute} other {# minutes}} d’avance sur celle du serveur de messagerie. Corrigez la date et l’heure dans les réglages du système.',
  'discover.clock.behind': 'L’horloge de cet ordinateur a environ {minutes, plural, one {# minute} other {# minutes}} de retard sur celle du serveur de messagerie. Corrigez la date et l’heure dans les réglages du système.',
  'discover.clock.unknown': 'Le serveur de messagerie n’a pas indiqué l’heure : l’horloge n’a donc pas pu être comparée.',

  // CLI output.
  'discover.cli.checking': 'Vérification du serveur {host} sur les ports {ports}…',
  'discover.cli.heading.recommendation': 'Recommandation',
  'discover.cli.heading.domain': 'Domaine {domain}',
  'discover.cli.heading.clock': 'Horloge',
  'discover.cli.heading.network': 'Réseau',
  'discover.cli.recommend': 'Utilisez {host}, port {port}, avec {mode}.',
  'discover.cli.recommend-none': 'Aucun moyen d’envoi fonctionnel n’a été trouvé depuis ce réseau.',
  'discover.cli.relay': 'Hôte de relais / envoi direct : {host} (port 25)',
  'discover.cli.findings': 'Constats : {ids}',
  'discover.cli.input-missing': 'indiquez une adresse (utilisateur@domaine) ou --host HÔTE',
  'discover.cli.input-both': 'indiquez une adresse ou --host, pas les deux',
  'discover.cli.input-invalid': '« {value} » n’est ni une adresse e-mail ni un nom de serveur',
  'discover.cli.bad-ports': '--ports : {problem}',
  'discover.problem.not-a-port': '« {value} » n’est pas un port (1–65535, éventuellement suivi de /starttls, /tls ou /none)',
  'discover.problem.no-port': 'aucun port indiqué',
  'discover.problem.not-an-address': '« {value} » n’est pas une adresse e-mail valide',
  'discover.cli.bad-resolve': '--resolve attend NOM:ADRESSE (par exemple smtp.office365.com:127.0.0.1), reçu « {value} »',
  'discover.cli.bad-timeout': '--timeout attend un nombre de secondes, reçu « {value} »',
  'discover.cli.secret-refused': '{flag} : discover ne se connecte jamais à un compte, il n’accepte donc ni mot de passe ni jeton',
};
