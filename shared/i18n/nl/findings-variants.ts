import type { findingsVariants as source } from '../en/findings-variants';
import type { Translation } from '../translation';

/** Dutch: evidence-specific forms of a few findings (printer or website instead of this app; a measured clock offset). */
export const findingsVariants: Translation<typeof source> = {
  'finding.auth.basic-auth-disabled.steps.device.1':
    'Printers en scanners kunnen meestal geen “Aanmelden met Microsoft” gebruiken: stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.basic-auth-disabled.steps.device.2': 'App-wachtwoorden helpen niet: dat is ook aanmelden met een wachtwoord.',
  'finding.auth.basic-auth-disabled.admin.device':
    'Aanmelden met een wachtwoord (basisverificatie) voor SMTP is geblokkeerd voor het postvak {address} waarmee {sender} zich aanmeldt (535 5.7.139 “basic authentication is disabled”). Printers en scanners kunnen meestal geen Microsoft-aanmelding (OAuth 2.0) gebruiken. Kunt u er een andere route voor instellen, zoals een relay via een inkomende connector, Direct Send (alleen interne ontvangers) of High Volume Email? Moet basisverificatie voorlopig blijven: misschien blokkeert een verificatiebeleid die (zie hieronder). Vanaf eind {basicOffMonth} staat basisverificatie voor bestaande tenants standaard uit; beheerders kunnen die voorlopig weer inschakelen, en de definitieve einddatum wordt in {finalDateHalf} bekendgemaakt.',
  'finding.auth.basic-auth-disabled.steps.website.1':
    'De website of het script moet zich aanmelden met Microsoft (OAuth 2.0), of een andere manier gebruiken om te verzenden: stuur het bericht hieronder naar uw IT-beheerder of webontwikkelaar.',
  'finding.auth.basic-auth-disabled.steps.website.2': 'App-wachtwoorden helpen niet: dat is ook aanmelden met een wachtwoord.',
  'finding.auth.basic-auth-disabled.admin.website':
    'Aanmelden met een wachtwoord (basisverificatie) voor SMTP is geblokkeerd voor het postvak {address} waarmee {sender} zich aanmeldt (535 5.7.139 “basic authentication is disabled”). Kunt u ons helpen over te stappen op aanmelden met Microsoft (OAuth 2.0 met {smtpSendScope}), of op een andere route zoals Azure Communication Services Email of een relay via een inkomende connector? Moet basisverificatie voorlopig blijven: misschien blokkeert een verificatiebeleid die (zie hieronder). Vanaf eind {basicOffMonth} staat basisverificatie voor bestaande tenants standaard uit; beheerders kunnen die voorlopig weer inschakelen.',

  'finding.auth.basic-auth-removed.steps.device.1':
    'Printers en scanners kunnen meestal geen “Aanmelden met Microsoft” gebruiken: vraag IT naar een andere manier om te verzenden, zoals een relay via een connector.',
  'finding.auth.basic-auth-removed.steps.device.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.basic-auth-removed.admin.device':
    'Exchange Online weigerde het aanmelden met een wachtwoord van {sender} voor {address} met “550 5.7.30 Basic authentication is not supported for Client Submission”. Printers en scanners kunnen meestal geen OAuth gebruiken. Kunt u er een andere route voor instellen: een relay via een inkomende connector, Direct Send (alleen interne ontvangers) of High Volume Email (alleen interne ontvangers)?',
  'finding.auth.basic-auth-removed.steps.website.1':
    'De website of het script moet zich aanmelden met Microsoft (OAuth 2.0), of een andere manier gebruiken om te verzenden.',
  'finding.auth.basic-auth-removed.steps.website.2': 'Stuur het bericht hieronder naar uw IT-beheerder of webontwikkelaar.',
  'finding.auth.basic-auth-removed.admin.website':
    'Exchange Online weigerde het aanmelden met een wachtwoord van {sender} voor {address} met “550 5.7.30 Basic authentication is not supported for Client Submission”. Kunt u ons helpen over te stappen op aanmelden met Microsoft (OAuth 2.0 met {smtpSendScope}), Azure Communication Services Email of een relay via een inkomende connector?',

  'finding.auth.security-defaults.steps.device.1':
    'Printers en scanners kunnen meestal geen “Aanmelden met Microsoft” gebruiken: stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.security-defaults.steps.device.2': 'Vraag niet om de standaardinstellingen voor beveiliging alleen voor het apparaat uit te schakelen.',
  'finding.auth.security-defaults.admin.device':
    'De SMTP-aanmelding van {sender} als {address} wordt geweigerd met “user is locked by your organization’s security defaults policy”. De standaardinstellingen voor beveiliging blokkeren basisverificatie voor SMTP, en printers en scanners kunnen meestal geen OAuth gebruiken. Kunt u er een andere route voor instellen, zoals een relay via een inkomende connector of Direct Send (alleen interne ontvangers)? De standaardinstellingen voor beveiliging vervangen door voorwaardelijke toegang (instelling hieronder) verzwakt de beveiliging, dus dat raad ik niet aan.',
  'finding.auth.security-defaults.steps.website.1':
    'De website of het script moet zich aanmelden met Microsoft (OAuth 2.0) om via uw organisatie te verzenden.',
  'finding.auth.security-defaults.steps.website.2': 'Stuur het bericht hieronder naar uw IT-beheerder of webontwikkelaar.',
  'finding.auth.security-defaults.admin.website':
    'De SMTP-aanmelding van {sender} als {address} wordt geweigerd met “user is locked by your organization’s security defaults policy”. De standaardinstellingen voor beveiliging blokkeren basisverificatie voor SMTP. Kunt u ons helpen over te stappen op aanmelden met Microsoft (OAuth 2.0 met {smtpSendScope}) of op een relay via een inkomende connector? De standaardinstellingen voor beveiliging vervangen door voorwaardelijke toegang (instelling hieronder) verzwakt de beveiliging, dus dat raad ik niet aan.',

  'finding.tls.clock-skew.explanation.measured':
    'De klok van deze computer loopt {clockOffset} op die van de mailserver. Beveiligde verbindingen controleren datums, dus certificaten lijken dan verlopen of nog niet geldig.',
  'finding.tls.clock-skew.admin.measured':
    'De klok van mijn computer loopt {clockOffset} op de tijd die de mailserver {host} in zijn begroeting gaf, en daardoor mislukt de certificaatcontrole. Kunt u mij helpen de tijdsynchronisatie op deze computer te herstellen?',

  'finding.auth.oauth-not-configured.admin.other-app':
    'Microsoft-aanmelding voor {sender} mislukt omdat de app-registratie niet werkt in onze tenant (bijvoorbeeld AADSTS700016 application not found, AADSTS50011 redirect URI mismatch, of AADSTS7000218 public client flows not allowed). Kunt u de app-registratie controleren, of laten weten welke app is goedgekeurd voor het verzenden van e-mail?',
};
