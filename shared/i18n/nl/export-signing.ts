import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** Dutch: signing Apple profiles with IT’s certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'Het bestand met het ondertekeningscertificaat heeft geen wachtwoord op de persoonlijke sleutel. Exporteer het opnieuw met een wachtwoord, en zet dat wachtwoord in de omgevingsvariabele die in de organisatie-instellingen wordt genoemd.',
  'export.signing.wrong-password':
    'Het wachtwoord voor het bestand met het ondertekeningscertificaat klopt niet. Controleer de omgevingsvariabele die in de organisatie-instellingen wordt genoemd.',
  'export.signing.unreadable': 'Het bestand met het ondertekeningscertificaat kan niet worden gelezen als PKCS#12-bestand (.p12/.pfx): {reason}',
  'export.signing.no-key': 'Het bestand met het ondertekeningscertificaat bevat geen persoonlijke sleutel.',
  'export.signing.no-certificate': 'Het bestand met het ondertekeningscertificaat bevat geen certificaat bij de persoonlijke sleutel.',
  'export.signing.not-valid':
    'Het ondertekeningscertificaat “{signer}” is vandaag niet geldig (geldig tot {until}); apparaten zouden de profielen als niet-ondertekend behandelen.',
  'export.signing.missing-file': 'Het bestand met het ondertekeningscertificaat, {path}, kan niet worden gelezen: {reason}',
  'export.signing.missing-password': 'De omgevingsvariabele {name}, die het wachtwoord van het ondertekeningscertificaat moet bevatten, is niet ingesteld.',
  'export.signing.off': 'Profielen worden niet ondertekend: uw IT-afdeling heeft geen ondertekeningscertificaat ingesteld.',
  'export.signing.ready': 'Profielen worden ondertekend als “{signer}”.',
  'export.signing.problem': 'Profielen kunnen niet worden ondertekend en worden daarom zonder handtekening opgeslagen: {problem}',

  'export.outlook-check.found': 'Outlook vindt uw postvak: de instellingsservice van Microsoft kent {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook voor Windows vindt uw postvak via de service van Microsoft, maar {domain} heeft geen autodiscover-record, dus sommige apps misschien niet. Vraag IT om het DNS-record autodiscover.{domain} toe te voegen, dat naar {target} wijst.',
  'export.outlook-check.dns-other':
    'Let op: autodiscover.{domain} wijst naar {target}, niet naar Microsoft 365. Vindt Outlook een oude server, vraag IT dan om het naar {expected} te laten wijzen.',
  'export.outlook-check.not-found':
    'De instellingsservice van Microsoft kent {address} niet, dus Outlook vindt het niet vanzelf. Controleer het adres op typefouten; klopt het, vraag IT dan of het postvak in Microsoft 365 staat.',
  'export.outlook-check.offline': 'Niet gecontroleerd: deze computer is offline. De stappen werken wel zodra u verbonden bent.',
  'export.outlook-check.failed': 'Controleren vanaf deze computer is niet gelukt ({reason}). De stappen werken misschien toch; probeer de controle later opnieuw.',
  'export.outlook-check.checking': 'Bezig met controleren of Outlook uw postvak vindt…',
};
