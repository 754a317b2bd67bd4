/**
 * Dutch messages: findings. Same scheme as shared/i18n/en/findings.ts: per finding a title,
 * an explanation, numbered steps and `.admin` (the body of the message for IT, written in
 * the first person to the IT admin, who is addressed with “u”).
 */
import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAdmin } from './findings-admin';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/** Labels shared by every finding. */
const findingLabels = {
  'finding.severity.error': 'Probleem',
  'finding.severity.warning': 'Waarschuwing',
  'finding.severity.info': 'Opmerking',
  'finding.who.you': 'Uzelf',
  'finding.who.it-admin': 'Uw IT-beheerder',
  'finding.who.network': 'Uw netwerk of internetprovider',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Niemand: het gaat vanzelf over',
  'finding.label.also-possible': 'Ook mogelijk',
  'finding.label.nothing-to-fix': 'Dit is een antwoord van de server dat alles goed is gegaan: er valt niets op te lossen.',
  'finding.admin.greeting': 'Hallo,',
  'finding.admin.closing': 'Alvast bedankt!',
  'finding.admin.portal': 'Waar u dit wijzigt: {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Server: {host}, poort {port}.',
  // A pasted text may be a library's error rather than the server's reply.
  'finding.admin.quote': 'De exacte foutmelding was:\n{quote}',
  'finding.param.address': '<mijn e-mailadres>',
  'finding.param.interceptor': 'een beveiligingsprogramma',
  // Who sends the mail, as the person would name it to IT (mid-sentence).
  'finding.sender.this-app': 'de app Mail Setup Assistant',
  'finding.sender.website': 'onze website of ons script',
  'finding.sender.website.named': 'onze website of ons script ({product})',
  'finding.sender.device': 'onze printer of scanner',
  'finding.sender.device.named': 'onze printer of scanner ({product})',
  'finding.sender.mail-app': 'mijn mail-app',
  'finding.sender.mail-app.named': 'mijn mail-app ({product})',
  'finding.sender.unknown': 'de app of het apparaat dat mijn e-mail verzendt',
  // How far this computer's clock is off, from the server's greeting: fills “De klok … loopt {clockOffset} op …”.
  'finding.clock.behind': 'ongeveer {amount} achter',
  'finding.clock.ahead': 'ongeveer {amount} voor',
  'finding.clock.minutes': '{n, plural, one {# minuut} other {# minuten}}',
  'finding.clock.hours': '{n, plural, one {# uur} other {# uur}}',
  'finding.clock.days': '{n, plural, one {# dag} other {# dagen}}',
  'finding.date.first-half': 'de eerste helft van {year}',
  'finding.date.second-half': 'de tweede helft van {year}',
  // `mail-setup explain` als tekst: hele regels.
  'finding.cli.headline': '{title}  [{severity} · Wie lost het op: {who}]',
  'finding.cli.most-likely': 'Meest waarschijnlijk: {headline}',
  'finding.cli.recognised': 'Herkend: {items}',
  'finding.cli.recognised.phrase': '“{text}”',
  'finding.cli.steps': 'Wat u kunt doen:',
  'finding.cli.admin': 'Bericht voor uw IT-beheerder:',
  'finding.cli.source': 'Bron: {source}',
  'finding.cli.source-as-of': 'Bron: {source} (feiten per {date})',
  'finding.cli.other-causes': 'Andere mogelijke oorzaken:',
  'finding.cli.error.preset': 'Onbekende voorinstelling "{value}". Zie --help voor de lijst.',
  'finding.cli.error.port': '--port moet een getal van 1 tot en met 65535 zijn, niet "{value}".',
  'finding.cli.error.auth': '--auth moet {choices} zijn.',
  'finding.cli.error.network': '--network moet {choices} zijn.',
  'finding.cli.error.no-text': 'Geef de fouttekst mee als argument of stuur hem via standaardinvoer (pipe).',
  'finding.param.send-from-mailbox': '<postvak waaruit wordt verzonden>',
} as const;

export const findings: Translation<typeof source> = {
  ...findingLabels,
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
};
