import type { Sender } from './describe';

/**
 * Who sent the mail, as a pasted text shows it: a mail app's dialog, a library's stack
 * trace or debug log, a printer's send log. Each pattern is a product's own marker (its
 * error-code family, its log prefix, its name), checked most specific first.
 */
const SENDERS: readonly { kind: Sender['kind']; product: string; pattern: RegExp }[] = [
  // Printers and scanners (scan to email)
  { kind: 'device', product: 'HP', pattern: /\bhp (laserjet|officejet|color laserjet|pagewide|digital send)|\bhp embedded web server|\bhp ews\b/ },
  { kind: 'device', product: 'Canon', pattern: /\bcanon\b|imagerunner|i-sensys|\bimageclass\b/ },
  { kind: 'device', product: 'Ricoh', pattern: /\bricoh\b|\baficio\b/ },
  { kind: 'device', product: 'Xerox', pattern: /\bxerox\b|workcentre|versalink|altalink|apeosport|docuprint/ },
  { kind: 'device', product: 'Konica Minolta', pattern: /konica|minolta|bizhub/ },
  { kind: 'device', product: 'Brother', pattern: /\bbrother\b|\bmfc-\w+/ },
  { kind: 'device', product: 'Kyocera', pattern: /kyocera|taskalfa|ecosys/ },
  { kind: 'device', product: 'Sharp', pattern: /\bsharp mx-|\bsharp mfp\b/ },
  { kind: 'device', product: '', pattern: /scan[- ]to[- ]e-?mail|\bmfp\b|multifunction (printer|device)|\bcopier\b|\bprinter\b|\bscanner\b/ },

  // Websites and scripts
  { kind: 'website', product: 'WordPress', pattern: /wordpress|wp mail smtp|post smtp|fluentsmtp|easy wp smtp|wp-includes/ },
  { kind: 'website', product: 'PHPMailer', pattern: /phpmailer|smtp connect\(\) failed|server -> client:|client -> server:|smtp error: [a-z ]+ command failed|connection: opening to/ },
  { kind: 'website', product: 'Magento', pattern: /magento|zend_mail/ },
  { kind: 'website', product: 'Symfony Mailer', pattern: /swift_|swiftmailer|symfony\\component\\mailer|symfony mailer/ },
  { kind: 'website', product: 'PowerShell Send-MailMessage', pattern: /send-mailmessage/ },
  { kind: 'website', product: '.NET System.Net.Mail', pattern: /system\.net\.mail|smtpexception|the smtp server requires a secure connection or the client was not authenticated|unable to read data from the transport connection/ },
  { kind: 'website', product: 'MailKit', pattern: /mailkit/ },
  { kind: 'website', product: 'JavaMail', pattern: /javax\.mail|jakarta\.mail|com\.sun\.mail/ },
  { kind: 'website', product: 'Python', pattern: /smtplib|traceback \(most recent call last\)/ },
  { kind: 'website', product: 'nodemailer', pattern: /nodemailer|smtp-connection|smtpconnection\._/ },
  { kind: 'website', product: 'Go', pattern: /net\/smtp|\bdial tcp\b|\bx509: / },
  { kind: 'website', product: 'curl', pattern: /\bcurl: \(\d+\)/ },

  // Mail apps
  { kind: 'mail-app', product: 'Outlook', pattern: /reported error \(0x8|0x800ccc[0-9a-f]{2}|0x8004210[0-9a-f]|microsoft outlook|outlook for mac|error 17099/ },
  { kind: 'mail-app', product: 'Thunderbird', pattern: /thunderbird|sending of the message failed|outgoing server \(smtp\)/ },
  { kind: 'mail-app', product: 'K-9 Mail', pattern: /k-9 mail|k9mail|unable to open connection to smtp server/ },
  { kind: 'mail-app', product: 'Apple Mail', pattern: /cannot send message using the server|apple mail/ },
  { kind: 'mail-app', product: 'Mail on iPhone or iPad', pattern: /cannot send mail\b|\biphone\b|\bipad\b/ },
  { kind: 'mail-app', product: 'Windows Mail', pattern: /windows live mail|windows mail\b/ },
];

/** The sending app or device a pasted text shows, or undefined when it shows none. */
export function senderInText(normalisedText: string): Sender | undefined {
  for (const candidate of SENDERS) {
    if (candidate.pattern.test(normalisedText)) {
      return candidate.product ? { kind: candidate.kind, product: candidate.product } : { kind: candidate.kind };
    }
  }
  return undefined;
}
