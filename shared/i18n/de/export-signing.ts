import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** German: signing Apple profiles with IT's certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'Der private Schlüssel in der Datei mit dem Signaturzertifikat hat kein Kennwort. Exportieren Sie die Datei erneut mit Kennwort, und hinterlegen Sie das Kennwort in der Umgebungsvariablen, die in den Organisationsvorgaben genannt ist.',
  'export.signing.wrong-password': 'Das Kennwort für die Datei mit dem Signaturzertifikat stimmt nicht. Prüfen Sie die Umgebungsvariable, die in den Organisationsvorgaben genannt ist.',
  'export.signing.unreadable': 'Die Datei mit dem Signaturzertifikat lässt sich nicht als PKCS#12-Datei (.p12/.pfx) lesen: {reason}',
  'export.signing.no-key': 'Die Datei mit dem Signaturzertifikat enthält keinen privaten Schlüssel.',
  'export.signing.no-certificate': 'Die Datei mit dem Signaturzertifikat enthält kein Zertifikat zu ihrem privaten Schlüssel.',
  'export.signing.not-valid': 'Das Signaturzertifikat „{signer}“ ist heute nicht gültig (gültig bis {until}); Geräte würden die Profile als unsigniert behandeln.',
  'export.signing.missing-file': 'Die Datei mit dem Signaturzertifikat, {path}, lässt sich nicht lesen: {reason}',
  'export.signing.missing-password': 'Die Umgebungsvariable {name}, die das Kennwort des Signaturzertifikats enthalten soll, ist nicht gesetzt.',
  'export.signing.off': 'Profile werden nicht signiert: Ihre IT hat kein Signaturzertifikat eingerichtet.',
  'export.signing.ready': 'Profile werden als „{signer}“ signiert.',
  'export.signing.problem': 'Profile können nicht signiert werden und werden daher unsigniert gespeichert: {problem}',

  'export.outlook-check.found': 'Outlook wird Ihr Postfach finden: Der Einrichtungsdienst von Microsoft kennt {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook für Windows findet Ihr Postfach über den Dienst von Microsoft, aber {domain} hat keinen Autodiscover-Eintrag, daher finden es manche Apps vielleicht nicht. Bitten Sie die IT, den DNS-Eintrag autodiscover.{domain} mit dem Ziel {target} hinzuzufügen.',
  'export.outlook-check.dns-other':
    'Hinweis: autodiscover.{domain} verweist auf {target}, nicht auf Microsoft 365. Wenn Outlook einen alten Server findet, bitten Sie die IT, den Eintrag auf {expected} zu ändern.',
  'export.outlook-check.not-found':
    'Der Einrichtungsdienst von Microsoft kennt {address} nicht, daher findet Outlook das Postfach nicht von selbst. Prüfen Sie die Adresse auf Tippfehler; wenn sie stimmt, fragen Sie die IT, ob das Postfach in Microsoft 365 liegt.',
  'export.outlook-check.offline': 'Nicht geprüft: Dieser Computer ist offline. Die Schritte funktionieren trotzdem, sobald Sie verbunden sind.',
  'export.outlook-check.failed': 'Von diesem Computer aus konnte nicht geprüft werden ({reason}). Die Schritte funktionieren vielleicht trotzdem; versuchen Sie die Prüfung später erneut.',
  'export.outlook-check.checking': 'Es wird geprüft, ob Outlook Ihr Postfach findet…',
};
