/** English messages: signing Apple profiles with IT's certificate, and the Outlook set-up check. */
export const exportSigning = {
  'export.signing.no-password':
    'The signing certificate file has no password on its private key. Export it again with a password, and put the password in the environment variable named in the organisation defaults.',
  'export.signing.wrong-password': 'The password for the signing certificate file is not right. Check the environment variable named in the organisation defaults.',
  'export.signing.unreadable': 'The signing certificate file cannot be read as a PKCS#12 (.p12/.pfx) file: {reason}',
  'export.signing.no-key': 'The signing certificate file holds no private key.',
  'export.signing.no-certificate': 'The signing certificate file holds no certificate for its private key.',
  'export.signing.not-valid': 'The signing certificate “{signer}” is not valid today (valid until {until}); devices would treat profiles as unsigned.',
  'export.signing.missing-file': 'The signing certificate file {path} cannot be read: {reason}',
  'export.signing.missing-password': 'The environment variable {name} that should hold the signing certificate’s password is not set.',
  'export.signing.off': 'Profiles are not signed: your IT has not set up a signing certificate.',
  'export.signing.ready': 'Profiles are signed as “{signer}”.',
  'export.signing.problem': 'Profiles cannot be signed, so they are saved unsigned: {problem}',

  'export.outlook-check.found': 'Outlook will find your mailbox: Microsoft’s set-up service knows {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook for Windows will find your mailbox through Microsoft’s service, but {domain} has no autodiscover record, so some apps may not. Ask IT to add the DNS record autodiscover.{domain} pointing to {target}.',
  'export.outlook-check.dns-other':
    'Note: autodiscover.{domain} points to {target}, not to Microsoft 365. If Outlook finds an old server, ask IT to point it to {expected}.',
  'export.outlook-check.not-found':
    'Microsoft’s set-up service does not know {address}, so Outlook will not find it by itself. Check the address for typing mistakes; if it is right, ask IT whether the mailbox is in Microsoft 365.',
  'export.outlook-check.offline': 'Not checked: this computer is offline. The steps still work once you are connected.',
  'export.outlook-check.failed': 'Could not check from this computer ({reason}). The steps may still work; try the check again later.',
  'export.outlook-check.checking': 'Checking whether Outlook will find your mailbox…',
} as const;
