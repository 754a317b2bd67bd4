import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** French: findings about signing in with a password. */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'L’envoi depuis les applications est désactivé pour votre organisation',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'Votre organisation a désactivé, pour toutes les boîtes aux lettres, la connexion des applications pour l’envoi d’e-mails (« SMTP AUTH »). Votre mot de passe n’est pas en cause : seul votre administrateur informatique peut l’activer pour votre boîte aux lettres.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Ne changez pas votre mot de passe : il n’est pas en cause.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Testez à nouveau une fois la modification confirmée.',
  'finding.auth.smtp-auth-disabled-tenant.admin': 'Pourriez-vous activer le SMTP authentifié pour ma boîte aux lettres {address}, afin que {sender} puisse envoyer des e-mails ? SMTP AUTH est désactivé pour notre organisation (SmtpClientAuthenticationDisabled), et le réglage de la boîte aux lettres l’emporte sur celui de l’organisation. La connexion Microsoft (OAuth) pour l’envoi a elle aussi besoin de ce réglage.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'L’envoi depuis les applications est désactivé pour votre boîte aux lettres',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'Le réglage « SMTP authentifié » est désactivé pour votre boîte aux lettres : le serveur refuse donc toute application qui se connecte pour envoyer. Seul votre administrateur informatique peut l’activer.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Ne changez pas votre mot de passe : il n’est pas en cause.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Testez à nouveau une fois la modification confirmée.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': 'Pourriez-vous activer le SMTP authentifié pour ma boîte aux lettres {address}, afin que {sender} puisse envoyer des e-mails ? Le serveur indique que l’authentification SMTP du client est désactivée pour cette boîte aux lettres.',

  'finding.auth.basic-auth-disabled.title': 'La connexion par mot de passe est bloquée',
  'finding.auth.basic-auth-disabled.explanation': 'Votre organisation bloque la connexion par mot de passe (« authentification de base ») pour l’envoi depuis les applications : utilisez plutôt « Se connecter avec Microsoft ». À partir de fin {basicOffMonth}, elle est désactivée par défaut pour les organisations existantes ; le service informatique peut encore la réactiver pour l’instant.',
  'finding.auth.basic-auth-disabled.steps.1': 'Choisissez « Se connecter avec Microsoft » dans cette application, puis testez à nouveau.',
  'finding.auth.basic-auth-disabled.steps.2': 'Les mots de passe d’application ne vous aideront pas : c’est aussi une connexion par mot de passe.',
  'finding.auth.basic-auth-disabled.steps.3': 'Si votre appareil ne peut pas utiliser la connexion Microsoft, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.basic-auth-disabled.admin': 'L’authentification par mot de passe (de base) pour SMTP est bloquée pour ma boîte aux lettres {address} (535 5.7.139 « basic authentication is disabled »). Je bascule {sender} sur la connexion Microsoft (OAuth 2.0). Pourriez-vous confirmer qu’elle est autorisée dans notre locataire (un consentement administrateur peut être nécessaire) et que le SMTP authentifié reste activé pour ma boîte aux lettres ? Si l’authentification de base doit être conservée pour l’instant, une stratégie d’authentification peut la bloquer (voir ci-dessous ; Set-AuthenticationPolicy -AllowBasicAuthSmtp). À partir de fin {basicOffMonth}, Microsoft désactive par défaut l’authentification de base pour SMTP AUTH dans les locataires existants (les locataires créés après cette date ne l’ont pas) ; les administrateurs peuvent encore la réactiver pour l’instant, et la date de retrait définitif doit être annoncée au cours du {finalDateHalf} : OAuth est donc la solution durable.',

  'finding.auth.basic-auth-removed.title': 'Le serveur n’accepte pas les mots de passe pour l’envoi',
  'finding.auth.basic-auth-removed.explanation': 'Exchange Online a répondu que la connexion par mot de passe (authentification de base) n’est pas acceptée pour l’envoi depuis les applications sur cette boîte aux lettres. « Se connecter avec Microsoft » fonctionne à la place.',
  'finding.auth.basic-auth-removed.steps.1': 'Choisissez « Se connecter avec Microsoft » dans cette application, puis testez à nouveau.',
  'finding.auth.basic-auth-removed.steps.2': 'Si un appareil ne peut pas se connecter avec Microsoft, demandez au service informatique un autre moyen d’envoi, par exemple un relais par connecteur.',
  'finding.auth.basic-auth-removed.admin': 'Exchange Online a refusé la connexion par mot de passe pour {address} avec « 550 5.7.30 Basic authentication is not supported for Client Submission ». Je bascule {sender} sur la connexion Microsoft (OAuth 2.0). Pourriez-vous confirmer qu’elle est autorisée dans notre locataire ? Les appareils qui ne peuvent pas utiliser OAuth ont besoin d’une autre voie : High Volume Email (destinataires internes uniquement), Azure Communication Services Email, un relais par connecteur entrant, ou l’envoi direct (Direct Send, destinataires internes uniquement).',

  'finding.auth.security-defaults.title': 'Les paramètres de sécurité de votre organisation bloquent la connexion des applications',
  'finding.auth.security-defaults.explanation': 'Les « paramètres de sécurité par défaut » de Microsoft sont activés pour votre organisation et bloquent la connexion par mot de passe depuis les applications de messagerie. Utilisez plutôt « Se connecter avec Microsoft ».',
  'finding.auth.security-defaults.steps.1': 'Choisissez « Se connecter avec Microsoft » dans cette application, puis testez à nouveau.',
  'finding.auth.security-defaults.steps.2': 'Si votre appareil ne peut pas utiliser la connexion Microsoft, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.security-defaults.admin': 'Ma connexion SMTP avec le compte {address} est refusée avec « user is locked by your organization’s security defaults policy ». Les paramètres de sécurité par défaut bloquent l’authentification de base pour SMTP. Je bascule {sender} sur la connexion Microsoft (OAuth 2.0). Pourriez-vous confirmer qu’elle est autorisée dans notre locataire et que le SMTP authentifié est activé pour ma boîte aux lettres ? Le SMTP avec authentification de base ne fonctionnerait à nouveau que si les paramètres de sécurité par défaut étaient remplacés par des stratégies d’accès conditionnel (réglage ci-dessous), ce qui affaiblit la sécurité : je ne le recommande donc pas.',

  'finding.auth.conditional-access.title': 'Une règle de connexion de votre organisation a bloqué l’accès',
  'finding.auth.conditional-access.explanation': 'Votre organisation applique des règles de connexion (accès conditionnel ou authentification multifacteur), et cette connexion ne les respectait pas. Votre administrateur informatique peut voir la raison exacte dans le journal des connexions.',
  'finding.auth.conditional-access.steps.1': 'Choisissez « Se connecter avec Microsoft » dans cette application : elle permet de terminer une connexion multifacteur.',
  'finding.auth.conditional-access.steps.2': 'Si cela échoue encore, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.conditional-access.admin': 'La connexion SMTP de {sender} avec le compte {address} échoue avec « the request did not meet the criteria to be authenticated successfully ». Pourriez-vous consulter les journaux de connexion Microsoft Entra pour mon compte (voir ci-dessous) afin de voir quelle stratégie d’accès conditionnel ou quelle exigence MFA l’a bloquée ? Je préfère utiliser la connexion Microsoft (OAuth 2.0) plutôt qu’une exclusion pour l’authentification héritée.',

  'finding.auth.bad-credentials.title': 'Le nom d’utilisateur ou le mot de passe est incorrect',
  'finding.auth.bad-credentials.explanation': 'Le serveur n’a pas accepté le nom d’utilisateur et le mot de passe. Pour Microsoft 365, le nom d’utilisateur est votre adresse e-mail complète.',
  'finding.auth.bad-credentials.steps.1': 'Tapez votre adresse e-mail complète comme nom d’utilisateur.',
  'finding.auth.bad-credentials.steps.2': 'Retapez le mot de passe avec soin (vérifiez la touche Verr. Maj). En vous connectant sur outlook.office.com, vous verrez s’il est correct.',
  'finding.auth.bad-credentials.steps.3': 'Si vous utilisez un mot de passe d’application, créez-en un nouveau ou, mieux, choisissez « Se connecter avec Microsoft ».',
  'finding.auth.bad-credentials.admin': 'La connexion SMTP de {sender} avec le compte {address} est refusée (« the user credentials were incorrect » ou « 535 5.7.3 Authentication unsuccessful »), alors que j’ai vérifié mon mot de passe. Pourriez-vous vérifier si mon compte est verrouillé ou si mon mot de passe a expiré, et si le SMTP authentifié est activé pour ma boîte aux lettres ?',

  'finding.auth.federation-failure.title': 'Le service de connexion de votre organisation n’a pas répondu',
  'finding.auth.federation-failure.explanation': 'Votre organisation vous connecte par son propre service de connexion, et Microsoft n’a pas pu le joindre ou l’utiliser. Le problème vient de votre organisation, pas de votre mot de passe.',
  'finding.auth.federation-failure.steps.1': 'Patientez quelques minutes, puis testez à nouveau.',
  'finding.auth.federation-failure.steps.2': 'Si l’échec persiste, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.federation-failure.admin': 'La connexion SMTP pour {address} échoue avec « federated STS service was unreachable » (ou « the federated STS URL does not support HTTPS »). Pourriez-vous vérifier que notre service de fédération (AD FS ou notre fournisseur d’identité) est joignable depuis Microsoft 365 en HTTPS ?',

  'finding.auth.rejected.title': 'Le serveur a refusé l’authentification',
  'finding.auth.rejected.explanation': 'Le serveur de messagerie a refusé votre connexion, pour une raison que cette application ne reconnaît pas. Sa réponse exacte figure dans le message pour votre administrateur informatique.',
  'finding.auth.rejected.steps.1': 'Vérifiez votre nom d’utilisateur (votre adresse e-mail complète) et votre mot de passe.',
  'finding.auth.rejected.steps.2': 'Choisissez « Se connecter avec Microsoft » si votre compte le permet.',
  'finding.auth.rejected.steps.3': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.rejected.admin': 'La connexion SMTP de {sender} avec le compte {address} à {host} est refusée. Pourriez-vous vérifier que le SMTP authentifié est activé pour ma boîte aux lettres, et si une stratégie de connexion la bloque (les journaux de connexion Microsoft Entra en donnent la raison) ?',

  'finding.auth.unexpected-reply.title': 'Le serveur a répondu de façon inhabituelle à la connexion',
  'finding.auth.unexpected-reply.explanation': 'Le serveur de messagerie n’a dit ni oui ni non à votre connexion : sa réponse ne correspond pas à une connexion réussie. L’application ne peut donc pas savoir si votre mot de passe fonctionne, et ne le mémorisera pas.',
  'finding.auth.unexpected-reply.steps.1': 'Ne changez pas votre mot de passe pour autant : il est peut-être tout à fait correct.',
  'finding.auth.unexpected-reply.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique, qui pourra vérifier le serveur de messagerie.',
  'finding.auth.unexpected-reply.admin': 'Quand je me connecte à {host} sur le port {port} avec le compte {address}, le serveur termine l’échange AUTH par une réponse autre que 235 : le client ne peut donc pas considérer la connexion comme réussie (RFC 4954, section 6 : 235 signifie que l’authentification a réussi). Pourriez-vous vérifier, à partir de la réponse citée ci-dessous, le serveur ainsi que tout ce qui, entre nous, réécrit le SMTP (un proxy ou le bouclier e-mail d’un antivirus) ?',

  'finding.auth.mechanism-unsupported.title': 'Le serveur ne prend pas en charge la méthode d’authentification de l’application',
  'finding.auth.mechanism-unsupported.explanation': 'L’application a essayé une méthode d’authentification que le serveur ne propose pas. Les serveurs de Microsoft n’acceptent que LOGIN et la connexion Microsoft (XOAUTH2), jamais PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Envoyez par {m365Host} : l’adresse {mxSuffix} de votre organisation n’accepte aucune connexion.',
  'finding.auth.mechanism-unsupported.steps.2': 'Dans les paramètres de l’application, choisissez « Se connecter avec Microsoft » ou la méthode par mot de passe LOGIN.',
  'finding.auth.mechanism-unsupported.admin': '{host} répond « 504 5.7.4 Unrecognized authentication type » à la méthode d’authentification de {sender}. Microsoft 365 propose AUTH LOGIN et XOAUTH2 sur {m365Host}, port {m365Port}, après STARTTLS. Pourriez-vous m’aider à configurer l’envoi de cette façon ?',

  'finding.auth.not-offered.title': 'Le serveur ne propose aucune authentification',
  'finding.auth.not-offered.explanation': 'Une fois la connexion sécurisée, le serveur n’a indiqué aucune méthode d’authentification : votre compte n’a donc pas pu être vérifié. Il s’agit peut-être d’un relais qui n’accepte aucune connexion, ou le nom du serveur est erroné.',
  'finding.auth.not-offered.steps.1': 'Pour Microsoft 365, utilisez {m365Host}, port {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Si vous envoyez par un relais (une adresse {mxSuffix} sur le port 25), choisissez l’envoi sans connexion.',
  'finding.auth.not-offered.admin': '{host} sur le port {port} ne propose pas AUTH après STARTTLS : mon compte ne peut donc pas se connecter. Pourriez-vous me dire si c’est le bon serveur pour l’envoi authentifié, ou si je dois utiliser {m365Host} sur le port {m365Port} ?',

  'finding.auth.required.title': 'Le serveur exige que vous vous connectiez d’abord',
  'finding.auth.required.explanation': 'Le serveur a refusé l’envoi car l’application n’était pas connectée. Soit aucune connexion n’a été configurée, soit la connexion a échoué avant cette étape.',
  'finding.auth.required.steps.1': 'Activez l’authentification (« Mon serveur sortant (SMTP) requiert une authentification ») avec votre adresse e-mail complète.',
  'finding.auth.required.steps.2': 'Réglez la sécurité sur STARTTLS : Microsoft n’accepte l’authentification que sur une connexion sécurisée.',
  'finding.auth.required.steps.3': 'Si une erreur de connexion est apparue avant celle-ci, corrigez-la d’abord.',
  'finding.auth.required.admin': '{host} répond « 530 5.7.57 Client not authenticated to send mail » à {sender}. J’active l’authentification. Si la connexion reste impossible, pourriez-vous mettre en place l’envoi direct (Direct Send) ou un relais par connecteur ?',
};
