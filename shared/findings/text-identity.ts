/**
 * Names a pasted text gives away: the sender's own address (for the IT message instead
 * of "<my email address>") and the product behind an intercepting certificate.
 */
const ADDRESS = /[a-z0-9._%+'-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;
// Labels after which an address is the account that sent or signed in.
const ACCOUNT_LABEL =
  /(?:user(?:name)?|login|account|sign(?:ed)? in as|authenticat\w* as|mail from|from|sender|envelope-from|smtp user|auth(?:orized)? user|benutzer(?:name)?|utilisateur|usuario|gebruiker)\s*[:=]?\s*[<"'“(]*\s*$/i;
// Server identities, message ids and role accounts are never the person's address.
const NOT_A_PERSON = /@(?:[a-z0-9-]+\.)*(?:prod\.outlook\.com|prod\.protection\.outlook\.com|protection\.outlook\.com|outlook\.office365\.com|exchangelabs\.com)$/i;
const ROLE = /^(?:postmaster|mailer-daemon|noreply|no-reply|root|abuse|delist)@/i;

function candidates(text: string): { address: string; labelled: boolean }[] {
  const found: { address: string; labelled: boolean }[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const address = m[0].replace(/^['.]+|['.]+$/g, '');
    if (NOT_A_PERSON.test(address) || ROLE.test(address) || /^[0-9a-f]{12,}@/i.test(address)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    found.push({ address, labelled: ACCOUNT_LABEL.test(before) });
  }
  return found;
}

/** The address the text shows as the sender or signed-in account, first labelled one preferred. */
export function addressInText(text: string): string | undefined {
  const all = candidates(text);
  // "a not allowed to send as b": the account is the first one.
  const sendAs = /sendasdenied;\s*([^\s;]+@[^\s;]+)\s+not allowed to send as/i.exec(text);
  if (sendAs?.[1]) return sendAs[1];
  return (all.find((c) => c.labelled) ?? all[0])?.address;
}

const INTERCEPTORS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /avast/i, name: 'Avast' },
  { pattern: /\bavg\b/i, name: 'AVG' },
  { pattern: /kaspersky/i, name: 'Kaspersky' },
  { pattern: /\beset\b/i, name: 'ESET' },
  { pattern: /bitdefender/i, name: 'Bitdefender' },
  { pattern: /norton|symantec/i, name: 'Norton' },
  { pattern: /mcafee/i, name: 'McAfee' },
  { pattern: /sophos/i, name: 'Sophos' },
  { pattern: /fortinet|fortigate/i, name: 'Fortinet FortiGate' },
  { pattern: /zscaler/i, name: 'Zscaler' },
  { pattern: /netskope/i, name: 'Netskope' },
  { pattern: /palo alto/i, name: 'Palo Alto Networks' },
  { pattern: /watchguard/i, name: 'WatchGuard' },
  { pattern: /sonicwall/i, name: 'SonicWall' },
  { pattern: /forcepoint/i, name: 'Forcepoint' },
  { pattern: /blue ?coat/i, name: 'Blue Coat' },
  { pattern: /trend ?micro/i, name: 'Trend Micro' },
  { pattern: /cisco umbrella/i, name: 'Cisco Umbrella' },
];

/**
 * The intercepting product as the certificate names it ("avast! Web/Mail Shield") when
 * an issuer field carries a known vendor, else the vendor's name; undefined otherwise.
 */
export function interceptorInText(text: string): string | undefined {
  const vendor = INTERCEPTORS.find((i) => i.pattern.test(text));
  if (!vendor) return undefined;
  // Distinguished names come as "/O=x/CN=y" (OpenSSL) or "O=x, CN=y"; a value may itself
  // hold a slash ("Web/Mail Shield"), so split only where the next field begins.
  const flat = text.replace(/\s+/g, ' ');
  const fields = new Map<string, string>();
  for (const part of flat.split(/\/(?=[A-Za-z]{1,3} ?=)|, ?(?=[A-Za-z]{1,3} ?=)/)) {
    const m = /^\s*(O|CN) ?= ?(.+?)\s*$/.exec(part);
    if (m?.[1] && m[2] && vendor.pattern.test(m[2]) && !fields.has(m[1])) fields.set(m[1], m[2]);
  }
  return fields.get('O') ?? fields.get('CN') ?? vendor.name;
}
