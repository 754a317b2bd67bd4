import type { probe as source } from '../en/probe';
import type { Translation } from '../translation';

/** French: the live test (stage names, stage details, CLI output, the test message). */
export const probe: Translation<typeof source> = {
  // Stage names in plain words, one per stage of the STAGES table (shared/stages.ts).
  'probe.stage.resolve.name': 'Trouver le serveur de messagerie',
  'probe.stage.connect.name': 'Joindre le serveur de messagerie',
  'probe.stage.greeting.name': 'Attendre la réponse du serveur',
  'probe.stage.ehlo.name': 'Présenter cet ordinateur',
  'probe.stage.starttls.name': 'Sécuriser la connexion',
  'probe.stage.tls.name': 'Sécuriser la connexion',
  'probe.stage.ehlo-tls.name': 'Présenter à nouveau cet ordinateur, de façon sécurisée',
  'probe.stage.auth.name': 'Se connecter',
  'probe.stage.mail-from.name': 'Indiquer l’adresse de l’expéditeur',
  'probe.stage.rcpt-to.name': 'Indiquer l’adresse du destinataire',
  'probe.stage.data.name': 'Envoyer le message de test',
  'probe.stage.quit.name': 'Dire au revoir',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Terminé',
  'probe.status.warn': 'Terminé, avec un avertissement',
  'probe.status.fail': 'N’a pas fonctionné',
  'probe.status.skipped': 'Non tenté',
  'probe.status.running': 'Vérification…',

  // What a stage saw, technical and short: the CLI’s table, the saved JSON, the report and the step list.
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'adresse IP indiquée, aucune recherche nécessaire',
  'probe.detail.resolve.literal-microsoft': 'adresse IP indiquée ; Microsoft demande le nom DNS',
  'probe.detail.resolve.failed': '{host} : {code}',
  'probe.detail.connect.connected': 'connecté à {address}:{port}',
  'probe.detail.connect.failed': '{code} : {message}',
  'probe.detail.connect.port-silent':
    'aucune réponse sur le port {port} en {waitedMs} ms, alors que le serveur a répondu sur le port {siblingPort} (aller-retour en {rttMs} ms) : quelque chose sur le réseau bloque le port {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'le serveur a fermé la connexion',
  'probe.detail.ready': 'session prête',
  'probe.detail.timeout': 'aucune réponse en {ms} ms',
  'probe.detail.command-timeout': 'aucune réponse à {command} dans le délai imparti',
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# extension} other {# extensions}}, STARTTLS proposé',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# extension} other {# extensions}}, STARTTLS non proposé',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# extension} other {# extensions}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# extension} other {# extensions}}, AUTH (aucune méthode indiquée)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# extension} other {# extensions}}, AUTH non proposé',
  'probe.detail.tls.verified': '{protocol} {cipher} ; certificat vérifié pour {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher} ; certificat vérifié pour {name} (par le magasin du système)',
  'probe.detail.tls.not-verified': '{protocol} {cipher} ; certificat NON vérifié ({error}), diagnostic {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher} ; certificat NON vérifié ({error}), diagnostic {diagnosis} ; approuvé par empreinte',
  'probe.detail.auth.not-encrypted': 'les identifiants ne sont jamais envoyés sur une connexion non chiffrée',
  'probe.detail.auth.accepted': '{mechanism} : {reply}',
  'probe.detail.auth.rejected': '{mechanism} : {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism} : {reply} (la connexion ne réussit qu’avec 235)',
  'probe.detail.auth.sign-in-failed': 'échec de la connexion Microsoft : {failure}{aadsts}',
  'probe.detail.quit.no-reply': 'aucune réponse à QUIT',
  'probe.detail.quit.closed': 'la connexion s’est fermée sans réponse à QUIT',
  'probe.detail.internal.stage-left-open': 'interne : étape restée ouverte',
  'probe.detail.skipped.earlier-failure': 'non exécuté : une étape précédente a échoué',
  'probe.detail.skipped.cancelled': 'non exécuté : annulé',
  'probe.detail.skipped.no-credentials': 'non exécuté : aucun identifiant fourni',
  'probe.detail.skipped.no-test-message': 'non exécuté : aucun message de test demandé',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text: terse, like the tools IT knows.
  'probe.cli.column.stage': 'étape',
  'probe.cli.column.status': 'statut',
  'probe.cli.column.time': 'durée',
  'probe.cli.column.detail': 'détail',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'ALERTE',
  'probe.cli.status.fail': 'ÉCHEC',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS : {protocol} {cipher} ; {verification} ; {diagnosis}',
  'probe.cli.tls.verified': 'certificat vérifié',
  'probe.cli.tls.not-verified': 'certificat NON vérifié ({error})',
  'probe.cli.tls.interceptor': 'TLS intercepté par : {product}',
  'probe.cli.tls.system-store': 'Approuvé grâce à un certificat du magasin du système.',
  'probe.cli.tls.certificate': '  {subject}  (émetteur : {issuer} ; valide jusqu’au {validTo})',
  'probe.cli.findings': 'Constats :',
  'probe.cli.verdict': 'Résultat : {verdict} ({ms} ms)',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Tout a fonctionné.',
  'probe.verdict.warn': 'Cela fonctionne, mais un point demande votre attention.',
  'probe.verdict.fail': 'Quelque chose a arrêté le test. Voyez l’étape mise en évidence.',
  'probe.verdict.cancelled': 'Le test a été annulé.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Approuvé grâce à un certificat installé sur cet ordinateur.',
  'probe.tls.fingerprint-trusted': 'Vous avez choisi de faire confiance au certificat de ce serveur. Ne le faites que pour votre propre serveur de messagerie interne.',
  'probe.plain-connection': 'Cette connexion n’est pas chiffrée. Ne l’utilisez que pour un serveur de messagerie situé dans votre propre réseau.',

  // The test message sent to the person’s own address.
  'probe.test-message.subject': 'Message de test de Mail Setup Assistant',
  'probe.test-message.body':
    'Bonjour,\n\nCeci est un message de test envoyé par Mail Setup Assistant. Si vous pouvez le lire, l’envoi d’e-mails depuis cet ordinateur fonctionne.\n\nCe qui a été testé : l’accès à {host} sur le port {port} ({security}), la connexion à votre compte et l’envoi de ce message.\nDate : {when}\n\nVous pouvez supprimer ce message.\n',
};
