import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** French: findings about sending, relay, the tenant and unknown replies. */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Réponse obtenue : « {quote} »',

  // send
  'finding.send.send-as-denied.title': 'Vous n’avez pas le droit d’envoyer depuis cette adresse',
  'finding.send.send-as-denied.explanation': 'L’adresse d’expéditeur (De) est différente de la boîte aux lettres avec laquelle vous vous connectez, et vous n’avez pas l’autorisation « Envoyer en tant que » pour cette adresse.',
  'finding.send.send-as-denied.steps.1': 'Envoyez depuis l’adresse avec laquelle vous vous connectez, puis testez à nouveau.',
  'finding.send.send-as-denied.steps.2': 'Pour envoyer avec une autre adresse (par exemple une boîte aux lettres partagée), demandez l’autorisation « Envoyer en tant que » au service informatique.',
  'finding.send.send-as-denied.admin': 'Pourriez-vous accorder à mon compte {address} l’autorisation « Envoyer en tant que » sur la boîte aux lettres depuis laquelle je dois envoyer ? Exchange Online refuse l’envoi avec 5.7.60 ou 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'Microsoft a bloqué votre e-mail comme courrier indésirable possible',
  'finding.send.outbound-spam.explanation': 'La protection anti-spam de Microsoft a empêché ce compte d’envoyer. Cela arrive souvent aux comptes nouveaux ou non vérifiés, ou après de nombreux envois.',
  'finding.send.outbound-spam.steps.1': 'Connectez-vous à outlook.com (ou outlook.office.com) dans un navigateur et effectuez la vérification éventuellement demandée.',
  'finding.send.outbound-spam.steps.2': 'Patientez quelques heures et envoyez moins de messages à la fois.',
  'finding.send.outbound-spam.steps.3': 'Si cela se reproduit, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.outbound-spam.admin': 'Les e-mails de l’adresse {address} sont rejetés avec « OutboundSpamException » (classés comme courrier indésirable sortant). Pourriez-vous vérifier si le compte est restreint ou compromis, ou s’il doit être vérifié ?',

  'finding.send.quota-exceeded.title': 'Vous avez atteint la limite d’envoi du jour',
  'finding.send.quota-exceeded.explanation': 'Microsoft autorise jusqu’à {recipientsPerDay} destinataires par jour et par boîte aux lettres, et cette boîte a atteint sa limite. Le compteur est remis à zéro dans un délai de {quotaWindow}.',
  'finding.send.quota-exceeded.steps.1': 'Patientez jusqu’à {quotaWindow}, puis envoyez à nouveau.',
  'finding.send.quota-exceeded.steps.2': 'Si vous n’avez pas envoyé autant d’e-mails, prévenez tout de suite le service informatique : quelqu’un utilise peut-être votre compte à mauvais escient.',
  'finding.send.quota-exceeded.admin': 'Ma boîte aux lettres {address} a atteint la limite d’envoi d’Exchange Online (SubmissionQuotaExceededException ou « 5.2.2 Submission quota exceeded » ; {recipientsPerDay} destinataires par jour). Pourriez-vous vérifier si ce volume est normal, ou si le compte est peut-être compromis ?',

  'finding.send.mailbox-full.title': 'Votre boîte aux lettres est pleine',
  'finding.send.mailbox-full.explanation': 'Les e-mails envoyés sont enregistrés dans vos Éléments envoyés, et votre boîte aux lettres n’a plus de place. Le serveur refuse d’envoyer tant que de la place n’a pas été libérée.',
  'finding.send.mailbox-full.steps.1': 'Supprimez d’anciens e-mails, surtout les gros éléments des Éléments envoyés, puis videz les Éléments supprimés.',
  'finding.send.mailbox-full.steps.2': 'Testez à nouveau.',
  'finding.send.mailbox-full.steps.3': 'Demandez au service informatique plus d’espace ou un nettoyage automatique des Éléments envoyés.',
  'finding.send.mailbox-full.admin': 'Ma boîte aux lettres {address} est pleine, l’envoi échoue donc (554 5.2.2 mailbox full ; STOREDRV.Submission QuotaExceededException). Pourriez-vous m’aider à libérer de l’espace, ou appliquer une stratégie de rétention aux Éléments envoyés ?',

  'finding.send.recipient-mailbox-full.title': 'La boîte aux lettres du destinataire est pleine',
  'finding.send.recipient-mailbox-full.explanation': 'La personne à qui vous avez écrit n’a plus de place dans sa boîte aux lettres : son serveur de messagerie a donc refusé le message. Votre compte et vos paramètres ne sont pas en cause.',
  'finding.send.recipient-mailbox-full.steps.1': 'Réessayez plus tard, ou contactez la personne autrement.',
  'finding.send.recipient-mailbox-full.steps.2': 'Vous n’avez rien à changer dans vos paramètres.',
  'finding.send.recipient-mailbox-full.admin': 'Un message de l’adresse {address} a été renvoyé parce que la boîte aux lettres du destinataire est pleine (5.2.2 du serveur de réception). À ma connaissance, rien n’est à modifier de notre côté ; dites-moi si vous voyez les choses autrement.',

  'finding.send.message-too-large.title': 'Le message est trop volumineux',
  'finding.send.message-too-large.explanation': 'Le serveur a refusé le message car il dépasse la taille acceptée, en général à cause de pièces jointes ou de numérisations volumineuses.',
  'finding.send.message-too-large.steps.1': 'Envoyez des pièces jointes plus petites, ou partagez plutôt un lien vers le fichier.',
  'finding.send.message-too-large.steps.2': 'Pour un scanner, numérisez à une résolution plus basse ou en noir et blanc.',
  'finding.send.message-too-large.admin': 'Les e-mails de {sender} sont rejetés car trop volumineux (réponse de taille de message 5.2.3 ou 5.3.4). Pourriez-vous m’indiquer la limite de taille qui s’applique à ma boîte aux lettres et au destinataire, ou l’augmenter si c’est approprié ?',

  'finding.send.concurrency-limit.title': 'Trop de connexions en même temps',
  'finding.send.concurrency-limit.explanation': 'Microsoft autorise au maximum {concurrentConnections} connexions d’envoi simultanées depuis une même boîte aux lettres. Une autre application ou un autre appareil envoie probablement depuis votre boîte aux lettres en ce moment.',
  'finding.send.concurrency-limit.steps.1': 'Patientez un instant, puis testez à nouveau.',
  'finding.send.concurrency-limit.steps.2': 'Fermez les autres applications ou appareils qui envoient depuis cette boîte aux lettres au même moment.',
  'finding.send.concurrency-limit.admin': 'Ma boîte aux lettres {address} reçoit « 432 4.3.2 Concurrent connections limit exceeded » (Exchange Online autorise {concurrentConnections} connexions d’envoi par boîte aux lettres). Pourriez-vous vérifier quelles applications ou quels appareils envoient depuis cette boîte aux lettres en même temps ?',

  'finding.send.throttled.title': 'L’envoi est suspendu pour cette boîte aux lettres après des erreurs répétées',
  'finding.send.throttled.explanation': 'Microsoft a suspendu l’envoi depuis les applications pour cette boîte aux lettres, car la même erreur se répétait. Corrigez l’erreur précédente : la suspension prendra ensuite fin d’elle-même.',
  'finding.send.throttled.steps.1': 'Trouvez et corrigez l’erreur précédente, par exemple une boîte aux lettres pleine ou une mauvaise adresse d’expéditeur.',
  'finding.send.throttled.steps.2': 'Arrêtez toute application qui réessaie en boucle.',
  'finding.send.throttled.steps.3': 'Patientez. Si c’est urgent, demandez au service informatique si vous pouvez envoyer depuis une autre boîte aux lettres.',
  'finding.send.throttled.admin': 'Exchange Online a limité SMTP AUTH pour {address} après des erreurs continues (550 5.2.251 à 5.2.255). Le support Microsoft ne peut pas lever cette limitation : elle prend fin une fois la cause corrigée (boîte aux lettres pleine, Envoyer en tant que refusé, licence non valide, destinataires trop nombreux ou non valides) et la période de limitation écoulée. Pourriez-vous m’aider à trouver la cause ?',

  'finding.send.restricted-sender.title': 'Votre compte n’a plus le droit d’envoyer',
  'finding.send.restricted-sender.explanation': 'Microsoft a bloqué l’envoi depuis ce compte, en général parce qu’il a envoyé du courrier indésirable, ce qui signifie souvent que quelqu’un d’autre l’a utilisé. Votre administrateur informatique doit le débloquer.',
  'finding.send.restricted-sender.steps.1': 'Changez votre mot de passe dès maintenant.',
  'finding.send.restricted-sender.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.restricted-sender.admin': 'Mon compte {address} n’a plus le droit d’envoyer (550 5.1.8 Access denied, bad outbound sender) : il figure donc probablement dans la liste des entités restreintes. Pourriez-vous vérifier si le compte est compromis, réinitialiser son mot de passe et le débloquer ?',

  'finding.send.spam-blocked.title': 'Microsoft a refusé cet e-mail comme courrier indésirable',
  'finding.send.spam-blocked.explanation': 'Le système anti-spam de Microsoft a refusé ce message ou l’adresse dont il provient. Votre administrateur informatique peut en voir la raison et demander le retrait du blocage.',
  'finding.send.spam-blocked.steps.1': 'N’envoyez pas le même message encore et encore.',
  'finding.send.spam-blocked.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.spam-blocked.admin': 'Les e-mails de l’adresse {address} sont refusés par Exchange Online avec une réponse anti-spam « Access denied » (5.7.501 à 5.7.511). Pourriez-vous rechercher le code dans la référence des rapports de non-remise (NDR) de Microsoft et, si notre adresse IP ou notre domaine est bloqué, demander son retrait de la liste ?',

  'finding.send.ip-blocklisted.title': 'L’adresse d’où partent vos e-mails figure sur une liste de blocage',
  'finding.send.ip-blocklisted.explanation': 'Le service de messagerie du destinataire bloque l’adresse Internet (IP) depuis laquelle vos e-mails sont envoyés, car elle figure sur une liste de blocage anti-spam. Seul le service informatique, ou le fournisseur de cette adresse, peut la faire retirer.',
  'finding.send.ip-blocklisted.steps.1': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.ip-blocklisted.steps.2': 'N’envoyez pas le même message encore et encore.',
  'finding.send.ip-blocklisted.admin': 'Les e-mails de {sender} sont refusés car notre adresse IP d’envoi figure sur une liste de blocage (par exemple 5.7.606–5.7.649 « banned sending IP », ou une liste de blocage DNS). Pourriez-vous trouver pourquoi l’adresse est listée, corriger la cause et demander son retrait ? Le portail de retrait de Microsoft est {delistPortal}.',

  'finding.send.from-rejected.title': 'L’adresse d’expéditeur (De) du message a été refusée',
  'finding.send.from-rejected.explanation': 'Le champ De du message est absent, non valide, ou a échoué à la vérification du domaine de l’expéditeur (DMARC). Il faut corriger l’application ou les paramètres de votre domaine.',
  'finding.send.from-rejected.steps.1': 'Vérifiez que l’application envoie avec votre propre adresse e-mail comme adresse d’expéditeur.',
  'finding.send.from-rejected.steps.2': 'Si vous utilisez le propre domaine de votre organisation, demandez au service informatique de vérifier ses enregistrements SPF, DKIM et DMARC.',
  'finding.send.from-rejected.admin': 'Les e-mails de l’adresse {address} sont rejetés avec 5.7.509 (DMARC) ou 5.7.512 (en-tête From non conforme à la RFC 5322). Pourriez-vous vérifier les paramètres SPF, DKIM et DMARC de notre domaine et l’en-tête From utilisé par l’application d’envoi ?',

  'finding.send.temporary-restriction.title': 'Microsoft retient les e-mails pour le moment',
  'finding.send.temporary-restriction.explanation': 'Microsoft a temporairement limité l’envoi depuis cette connexion, souvent après une hausse soudaine du nombre d’e-mails. Cela se règle généralement tout seul.',
  'finding.send.temporary-restriction.steps.1': 'Patientez, puis réessayez plus tard.',
  'finding.send.temporary-restriction.steps.2': 'Si cela dure plus d’une journée, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.temporary-restriction.admin': 'L’envoi depuis {address} reçoit « 451 4.7.500-699 Access denied, please try again later ». Pourriez-vous vérifier si notre adresse IP est limitée, et si nous envoyons depuis une adresse onmicrosoft.com (celles-ci sont limitées) ou si nous avons besoin d’un connecteur ?',

  'finding.send.recipient-rejected.title': 'L’adresse du destinataire a été refusée',
  'finding.send.recipient-rejected.explanation': 'Le serveur a refusé l’adresse à laquelle vous envoyiez. Elle est peut-être mal saisie, ou elle n’existe pas.',
  'finding.send.recipient-rejected.steps.1': 'Vérifiez que l’adresse du destinataire ne contient pas de faute de frappe.',
  'finding.send.recipient-rejected.steps.2': 'Pour le message de test, envoyez à votre propre adresse.',
  'finding.send.recipient-rejected.admin': 'Exchange Online refuse le destinataire quand j’envoie depuis {address}. Pourriez-vous vérifier si le destinataire existe et si une règle de flux de courrier le bloque ?',

  'finding.send.forwarding-blocked.title': 'Votre organisation n’autorise pas le transfert vers l’extérieur',
  'finding.send.forwarding-blocked.explanation': 'Un message transféré automatiquement (par une règle de transfert) vers une adresse externe a été bloqué par les paramètres de sécurité de votre organisation.',
  'finding.send.forwarding-blocked.steps.1': 'Si vous avez créé une règle de transfert, supprimez-la ou demandez au service informatique si elle est autorisée.',
  'finding.send.forwarding-blocked.steps.2': 'Si ce transfert est nécessaire pour votre travail, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.forwarding-blocked.admin': 'Le transfert automatique depuis l’adresse {address} vers une adresse externe est bloqué (550 5.7.520 « Your organization does not allow external forwarding »). Pourriez-vous vérifier la stratégie anti-spam sortante (réglage ci-dessous) et me dire si ce transfert peut être autorisé ?',

  'finding.send.smtputf8-unsupported.title': 'Le serveur ne peut pas gérer cette adresse',
  'finding.send.smtputf8-unsupported.explanation': 'L’adresse contient, avant le @, des lettres qui ne font pas partie de l’alphabet anglais de base (par exemple ü ou é), et le serveur ne prend pas en charge ce type d’adresse.',
  'finding.send.smtputf8-unsupported.steps.1': 'Si la boîte aux lettres a une adresse sans accents (un alias), envoyez depuis celle-ci.',
  'finding.send.smtputf8-unsupported.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.send.smtputf8-unsupported.admin': 'L’envoi avec l’adresse {address} échoue car elle contient des caractères non ASCII avant le @ et {host} ne propose pas SMTPUTF8. Pourriez-vous donner à la boîte aux lettres un alias en ASCII simple pour l’envoi, ou m’indiquer quel serveur accepte les adresses internationalisées ?',

  'finding.send.failed-no-detail.title': 'Votre application de messagerie n’a pas pu envoyer, sans dire pourquoi',
  'finding.send.failed-no-detail.explanation': 'L’application de messagerie a signalé l’échec de l’envoi, mais n’a pas affiché la réponse du serveur. Un test ici montre exactement quelle étape échoue.',
  'finding.send.failed-no-detail.steps.1': 'Testez vos paramètres avec cette application : choisissez votre type de compte et lancez le test.',
  'finding.send.failed-no-detail.steps.2': 'Vérifiez le serveur sortant : pour Microsoft 365, c’est {m365Host}, port {m365Port}, STARTTLS, avec votre adresse complète comme nom d’utilisateur.',
  'finding.send.failed-no-detail.steps.3': 'Si le test fonctionne ici, supprimez le compte de l’application de messagerie et ajoutez-le à nouveau.',
  'finding.send.failed-no-detail.admin': 'L’envoi depuis {sender} échoue avec un message qui ne donne aucune raison (la réponse du serveur n’est pas affichée). Pourriez-vous consulter les journaux de connexion Entra et le suivi des messages pour {address}, ou me dire de quels détails vous avez besoin ?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'L’envoi est bloqué pour le Microsoft 365 de votre organisation',
  'finding.tenant.blocked.explanation': 'Microsoft a restreint l’envoi pour toute votre organisation, par exemple pour un abonnement nouveau ou d’essai, ou pour des domaines non vérifiés. Seuls votre administrateur informatique et Microsoft peuvent lever cette restriction.',
  'finding.tenant.blocked.steps.1': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.tenant.blocked.admin': 'Exchange Online rejette nos e-mails avec un blocage au niveau du locataire (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP, ou 5.7.750 unregistered domains). Pourriez-vous vérifier nos domaines (voir ci-dessous) et contacter le support Microsoft pour lever la restriction ?',

  'finding.relay.tenant-attribution.title': 'Le connecteur de relais ne reconnaît pas cet expéditeur',
  'finding.relay.tenant-attribution.explanation': 'Les e-mails envoyés par le relais de votre organisation ne sont pas associés à son connecteur. En général, l’adresse IP d’envoi ou le certificat a changé.',
  'finding.relay.tenant-attribution.steps.1': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.relay.tenant-attribution.admin': 'Le relais échoue avec « 5.7.64 TenantAttribution; Relay Access Denied » : le connecteur entrant ne correspond pas à notre adresse IP d’envoi ni à notre certificat. Pourriez-vous mettre à jour le connecteur ?',

  'finding.relay.direct-send-rejected.title': 'Votre organisation n’autorise pas l’envoi direct',
  'finding.relay.direct-send-rejected.explanation': 'Cet appareil envoie sans se connecter (« envoi direct »), et votre organisation a désactivé ce mode. Il doit se connecter ou passer par un connecteur.',
  'finding.relay.direct-send-rejected.steps.1': 'Si l’appareil peut se connecter, utilisez {m365Host}, port {m365Port}, STARTTLS avec connexion.',
  'finding.relay.direct-send-rejected.steps.2': 'Sinon, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.relay.direct-send-rejected.admin': 'L’envoi direct (Direct Send) depuis notre appareil est rejeté (550 5.7.68 TenantInboundAttribution; Direct Send not allowed) : RejectDirectSend est donc activé pour notre organisation. Pourriez-vous configurer un connecteur entrant partenaire pour l’adresse IP ou le certificat de l’appareil, ou lui fournir plutôt des identifiants SMTP AUTH ?',

  'finding.relay.external-recipients-not-allowed.title': 'Cette voie ne permet pas d’envoyer vers des adresses externes',
  'finding.relay.external-recipients-not-allowed.explanation': 'Envoyer sans se connecter, directement au serveur de messagerie de votre organisation (envoi direct), ne permet de distribuer qu’à l’intérieur de l’organisation. Les e-mails vers des adresses externes demandent une connexion ou un connecteur.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Testez avec une adresse de votre organisation.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Pour envoyer à l’extérieur, utilisez {m365Host}, port {m365Port}, STARTTLS avec connexion, ou demandez un connecteur au service informatique.',
  'finding.relay.external-recipients-not-allowed.admin': 'L’envoi depuis {sender} vers un destinataire externe est refusé (550 5.4.1 Relay Access Denied, ou 550 5.7.54 Unable to relay recipient in non-accepted domain), car l’envoi direct (Direct Send) ne distribue qu’aux destinataires internes. Pourriez-vous configurer un connecteur entrant pour cet envoi (réglage ci-dessous), ou fournir des identifiants SMTP AUTH ?',

  'finding.server.temporary-failure.title': 'Le serveur a rencontré un problème temporaire',
  'finding.server.temporary-failure.explanation': 'Le serveur de messagerie a indiqué qu’il ne pouvait pas traiter la demande pour le moment. Ce type de problème se règle généralement de lui-même en quelques minutes.',
  'finding.server.temporary-failure.steps.1': 'Patientez quelques minutes, puis testez à nouveau.',
  'finding.server.temporary-failure.steps.2': 'Si cela dure plus d’une heure, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.server.temporary-failure.admin': '{host} renvoie sans cesse une erreur temporaire quand j’envoie. Pourriez-vous vérifier l’état du service Microsoft 365 pour Exchange Online ?',

  'finding.unknown.title': 'Cette erreur ne fait pas partie de celles que nous connaissons',
  'finding.unknown.explanation': 'Le serveur ou l’application a signalé un problème que cette application ne connaît pas encore. Ses termes exacts sont conservés pour que votre administrateur informatique puisse les rechercher.',
  'finding.unknown.steps.1': 'Vérifiez le nom du serveur, le port et la sécurité. Pour Microsoft 365 : {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.unknown.admin': 'L’envoi avec l’adresse {address} depuis {sender} par {host} échoue avec une erreur que Mail Setup Assistant ne reconnaît pas. Pourriez-vous y jeter un œil ?',
};
