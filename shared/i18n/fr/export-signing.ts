import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** French: signing Apple profiles with IT’s certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'La clé privée du fichier de certificat de signature n’est protégée par aucun mot de passe. Exportez-le à nouveau avec un mot de passe, et placez ce mot de passe dans la variable d’environnement indiquée dans les paramètres par défaut de l’organisation.',
  'export.signing.wrong-password': 'Le mot de passe du fichier de certificat de signature est incorrect. Vérifiez la variable d’environnement indiquée dans les paramètres par défaut de l’organisation.',
  'export.signing.unreadable': 'Le fichier de certificat de signature ne peut pas être lu comme un fichier PKCS#12 (.p12/.pfx) : {reason}',
  'export.signing.no-key': 'Le fichier de certificat de signature ne contient aucune clé privée.',
  'export.signing.no-certificate': 'Le fichier de certificat de signature ne contient aucun certificat correspondant à sa clé privée.',
  'export.signing.not-valid': 'Le certificat de signature « {signer} » n’est pas valide aujourd’hui (valide jusqu’au {until}) ; les appareils considéreraient les profils comme non signés.',
  'export.signing.missing-file': 'Le fichier de certificat de signature {path} ne peut pas être lu : {reason}',
  'export.signing.missing-password': 'La variable d’environnement {name}, qui doit contenir le mot de passe du certificat de signature, n’est pas définie.',
  'export.signing.off': 'Les profils ne sont pas signés : votre service informatique n’a pas configuré de certificat de signature.',
  'export.signing.ready': 'Les profils sont signés au nom de « {signer} ».',
  'export.signing.problem': 'Impossible de signer les profils, ils sont donc enregistrés sans signature : {problem}',

  'export.outlook-check.found': 'Outlook trouvera votre boîte aux lettres : le service de configuration de Microsoft connaît {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook pour Windows trouvera votre boîte aux lettres grâce au service de Microsoft, mais le domaine {domain} n’a pas d’enregistrement autodiscover : certaines applications risquent de ne pas la trouver. Demandez au service informatique d’ajouter l’enregistrement DNS autodiscover.{domain} pointant vers {target}.',
  'export.outlook-check.dns-other':
    'Remarque : autodiscover.{domain} pointe vers {target}, et non vers Microsoft 365. Si Outlook trouve un ancien serveur, demandez au service informatique de le faire pointer vers {expected}.',
  'export.outlook-check.not-found':
    'Le service de configuration de Microsoft ne connaît pas {address} : Outlook ne trouvera donc pas la boîte aux lettres tout seul. Vérifiez que l’adresse ne contient pas de faute de frappe ; si elle est correcte, demandez au service informatique si la boîte aux lettres se trouve bien dans Microsoft 365.',
  'export.outlook-check.offline': 'Non vérifié : cet ordinateur est hors connexion. Les étapes fonctionneront une fois la connexion rétablie.',
  'export.outlook-check.failed': 'Vérification impossible depuis cet ordinateur ({reason}). Les étapes peuvent quand même fonctionner ; réessayez la vérification plus tard.',
  'export.outlook-check.checking': 'Nous vérifions si Outlook trouvera votre boîte aux lettres…',
};
