import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** French: findings about “Se connecter avec Microsoft” (OAuth 2.0). */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com exige « Se connecter avec Microsoft »',
  'finding.auth.oauth-required.explanation': 'Depuis le {outlookComEnded}, les comptes Outlook.com, Hotmail et Live n’acceptent plus les mots de passe dans les applications de messagerie. Les mots de passe d’application ne fonctionnent pas non plus : seul « Se connecter avec Microsoft » fonctionne.',
  'finding.auth.oauth-required.steps.1': 'Choisissez « Se connecter avec Microsoft » et connectez-vous avec votre compte Outlook.com.',
  'finding.auth.oauth-required.steps.2': 'Testez à nouveau.',
  'finding.auth.oauth-required.admin': 'Mon compte Outlook.com personnel {address} n’accepte plus la connexion par mot de passe pour l’envoi (Microsoft y a mis fin le {outlookComEnded}, et les mots de passe d’application échouent aussi). Je passe à la connexion Microsoft (OAuth 2.0). Pourriez-vous vérifier que notre réseau ne bloque pas {loginHost} ? Rien d’autre n’est à modifier de votre côté.',

  'finding.auth.oauth-token-rejected.title': 'La connexion Microsoft a réussi, mais le serveur de messagerie l’a refusée',
  'finding.auth.oauth-token-rejected.explanation': 'La connexion avec Microsoft a réussi, mais le serveur de messagerie ne l’a pas acceptée pour cette boîte aux lettres. En général, le compte utilisé pour la connexion n’est pas celui de la boîte d’envoi, ou l’envoi depuis les applications est désactivé pour elle.',
  'finding.auth.oauth-token-rejected.steps.1': 'Reconnectez-vous avec exactement le compte de la boîte aux lettres depuis laquelle vous envoyez.',
  'finding.auth.oauth-token-rejected.steps.2': 'Si vous envoyez depuis une boîte aux lettres partagée, vérifiez que vous avez l’autorisation de l’utiliser.',
  'finding.auth.oauth-token-rejected.steps.3': 'Si cela échoue encore, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-token-rejected.admin': 'Exchange Online rejette la connexion OAuth 2.0 (XOAUTH2) de {sender} pour {address} avec « 535 5.7.3 Authentication unsuccessful ». Pourriez-vous vérifier trois points : que le compte avec lequel je me connecte est {address} ou dispose de droits sur cette boîte (boîte aux lettres partagée), que l’application a le consentement pour {smtpSendScope} dans notre locataire, et que le SMTP authentifié est activé pour la boîte aux lettres (SMTP AUTH est nécessaire aussi avec OAuth) ?',

  'finding.auth.oauth-account-mismatch.title': 'Connexion avec un autre compte',
  'finding.auth.oauth-account-mismatch.explanation': 'Le compte Microsoft utilisé pour la connexion n’est pas {address}. C’est normal pour une boîte aux lettres partagée depuis laquelle vous avez le droit d’envoyer ; sinon, connectez-vous avec le compte de la boîte aux lettres elle-même.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Si {address} est votre propre boîte aux lettres, reconnectez-vous avec ce compte.',
  'finding.auth.oauth-account-mismatch.steps.2': 'S’il s’agit d’une boîte aux lettres partagée, vérifiez que le service informatique vous a donné l’autorisation d’envoyer depuis celle-ci.',
  'finding.auth.oauth-account-mismatch.admin': 'Pour envoyer depuis la boîte aux lettres {address} par {m365Host}, j’utilise la connexion Microsoft avec un autre compte. Pourriez-vous confirmer que mon compte a le droit d’envoyer depuis {address} (Envoyer en tant que, ou accès total sur une boîte aux lettres partagée) ?',

  'finding.auth.oauth-consent-required.title': 'L’application a besoin de votre autorisation pour envoyer des e-mails',
  'finding.auth.oauth-consent-required.explanation': 'Microsoft a demandé l’autorisation pour que l’application envoie des e-mails en votre nom, et elle n’a pas été donnée. Vous pouvez peut-être l’accepter lors de la connexion ; sinon, votre administrateur informatique doit l’autoriser.',
  'finding.auth.oauth-consent-required.steps.1': 'Reconnectez-vous et acceptez la demande d’autorisation si elle s’affiche.',
  'finding.auth.oauth-consent-required.steps.2': 'Si aucune demande ne s’affiche, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-consent-required.admin': 'La connexion Microsoft de {sender} échoue avec AADSTS65001 (l’utilisateur ou l’administrateur n’a pas consenti à l’utilisation de l’application). Pourriez-vous accorder le consentement dans notre locataire pour son autorisation déléguée {smtpSendScope} (et offline_access) ?',

  'finding.auth.oauth-admin-consent-required.title': 'Votre administrateur informatique doit d’abord approuver l’application',
  'finding.auth.oauth-admin-consent-required.explanation': 'Dans votre organisation, seuls les administrateurs informatiques peuvent approuver les applications qui utilisent votre boîte aux lettres. Tant qu’un administrateur n’a pas approuvé celle-ci, « Se connecter avec Microsoft » ne peut pas aboutir.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Une fois l’approbation confirmée, reconnectez-vous.',
  'finding.auth.oauth-admin-consent-required.admin': 'La connexion Microsoft de {sender} s’arrête sur « Approbation de l’administrateur nécessaire » (AADSTS90094). Pourriez-vous examiner et accorder le consentement administrateur pour ses autorisations déléguées {smtpSendScope} et offline_access (réglage ci-dessous) ?',

  'finding.auth.oauth-conditional-access.title': 'Une règle de connexion de votre organisation a bloqué la connexion Microsoft',
  'finding.auth.oauth-conditional-access.explanation': 'Les règles d’accès conditionnel de votre organisation ont bloqué cette connexion, par exemple à cause de l’appareil, du lieu ou de l’application. Votre administrateur informatique peut voir quelle règle dans le journal des connexions.',
  'finding.auth.oauth-conditional-access.steps.1': 'Si vous avez un ordinateur ou un réseau d’entreprise, essayez depuis celui-ci.',
  'finding.auth.oauth-conditional-access.steps.2': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-conditional-access.admin': 'La connexion Microsoft avec le compte {address} pour {sender} est bloquée par l’accès conditionnel (AADSTS53003). Pourriez-vous chercher dans les journaux de connexion Entra (voir ci-dessous) la stratégie qui l’a bloquée, et voir si l’application peut être autorisée pour l’envoi d’e-mails ?',

  'finding.auth.oauth-mfa-required.title': 'Microsoft demande une deuxième étape de connexion',
  'finding.auth.oauth-mfa-required.explanation': 'Votre compte exige l’authentification multifacteur (par exemple un code ou une application d’authentification), et la connexion ne l’a pas terminée. Une nouvelle connexion dans la fenêtre du navigateur vous permet de la terminer.',
  'finding.auth.oauth-mfa-required.steps.1': 'Choisissez à nouveau « Se connecter avec Microsoft » et effectuez l’étape supplémentaire.',
  'finding.auth.oauth-mfa-required.steps.2': 'Si vous n’avez pas encore configuré d’étape de connexion supplémentaire, demandez au service informatique comment faire.',
  'finding.auth.oauth-mfa-required.admin': 'La connexion Microsoft avec le compte {address} exige l’authentification multifacteur (AADSTS50076 ou AADSTS50079), que {sender} n’a pas effectuée. Pourriez-vous vérifier qu’une méthode MFA fonctionnelle est enregistrée pour mon compte ?',

  'finding.auth.oauth-device-code-blocked.title': 'La connexion par code est bloquée dans votre organisation',
  'finding.auth.oauth-device-code-blocked.explanation': 'La connexion en tapant un code sur un autre appareil est bloquée par les paramètres de sécurité de votre organisation (paramètres de sécurité par défaut ou règle d’accès conditionnel). Connectez-vous plutôt dans la fenêtre du navigateur.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Choisissez « Se connecter avec Microsoft » et utilisez la fenêtre de navigateur qui s’ouvre, pas un code.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Si ce n’est pas possible sur cet ordinateur, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-device-code-blocked.admin': 'La connexion Microsoft avec un code d’appareil est bloquée pour {address} : les paramètres de sécurité par défaut et les stratégies d’accès conditionnel sur les flux d’authentification bloquent la connexion par code d’appareil. J’utiliserai plutôt la connexion dans le navigateur (code d’autorisation avec PKCE). Pourriez-vous me dire si elle est bloquée elle aussi, ou exclure {sender} du blocage par code d’appareil si ce mode est indispensable ?',

  'finding.auth.oauth-sign-in-again.title': 'Reconnectez-vous avec Microsoft',
  'finding.auth.oauth-sign-in-again.explanation': 'La connexion Microsoft enregistrée a expiré ou a été révoquée, par exemple après un changement de mot de passe. Une nouvelle connexion règle le problème.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Choisissez « Se connecter avec Microsoft » et reconnectez-vous.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Testez à nouveau.',
  'finding.auth.oauth-sign-in-again.admin': 'La connexion Microsoft enregistrée pour {address} dans {sender} ne fonctionne plus (le jeton d’actualisation a expiré ou a été révoqué, par exemple AADSTS700082 ou AADSTS50173). J’ai refait la connexion. Merci de me dire si une stratégie raccourcit la durée des connexions pour les applications de messagerie.',

  'finding.auth.oauth-unreachable.title': 'La page de connexion Microsoft est injoignable',
  'finding.auth.oauth-unreachable.explanation': 'Cet ordinateur n’a pas pu joindre le service de connexion de Microsoft ({loginHost}) : « Se connecter avec Microsoft » ne peut donc pas démarrer. En général, la cause est la connexion Internet, un proxy ou un pare-feu.',
  'finding.auth.oauth-unreachable.steps.1': 'Vérifiez que les sites web s’ouvrent, puis réessayez.',
  'finding.auth.oauth-unreachable.steps.2': 'Si vous utilisez un VPN ou un proxy, essayez sans.',
  'finding.auth.oauth-unreachable.steps.3': 'Si cela échoue encore, envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-unreachable.admin': 'Mon ordinateur n’arrive pas à joindre {loginHost} en HTTPS : la connexion Microsoft de {sender} ne peut donc pas démarrer. Pourriez-vous vérifier si notre pare-feu ou notre proxy la bloque ?',

  'finding.auth.oauth-not-configured.title': 'La connexion Microsoft n’est pas configurée pour cette application',
  'finding.auth.oauth-not-configured.explanation': 'L’application n’a pas d’inscription d’application Microsoft fonctionnelle pour votre organisation : « Se connecter avec Microsoft » ne peut donc pas être utilisé. Votre administrateur informatique la configure une fois pour tout le monde.',
  'finding.auth.oauth-not-configured.steps.1': 'Envoyez le message ci-dessous à votre administrateur informatique.',
  'finding.auth.oauth-not-configured.steps.2': 'En attendant, un mot de passe peut encore fonctionner si votre organisation l’autorise.',
  'finding.auth.oauth-not-configured.admin': 'L’application Mail Setup Assistant que j’utilise n’a pas de connexion Microsoft configurée. Pourriez-vous l’inscrire dans Microsoft Entra ID (plateforme « Applications mobiles et de bureau », URI de redirection http://localhost, autorisations déléguées {smtpSendScope} et offline_access) et indiquer son ID client et le locataire dans le fichier des paramètres par défaut de l’organisation utilisé par l’application ?',

  'finding.auth.oauth-cancelled.title': 'La connexion a été annulée',
  'finding.auth.oauth-cancelled.explanation': 'La fenêtre de connexion Microsoft a été fermée, ou la demande a été refusée, avant la fin. Rien n’a été modifié.',
  'finding.auth.oauth-cancelled.steps.1': 'Choisissez à nouveau « Se connecter avec Microsoft » et terminez la connexion dans le navigateur.',
  'finding.auth.oauth-cancelled.steps.2': 'Si la fenêtre du navigateur ne s’est pas ouverte, vérifiez qu’un navigateur par défaut est défini.',
  'finding.auth.oauth-cancelled.admin': 'La connexion Microsoft pour {address} a été annulée avant la fin. Vous pouvez ignorer ce message, sauf si cela se reproduit ; je vous enverrai alors les détails.',
};
