import { parseReply } from './smtp-reply';

export interface Capabilities {
  /** Extension keywords with their parameters, e.g. "SIZE 157286400", "AUTH LOGIN XOAUTH2". */
  extensions: string[];
  /** SASL mechanisms in upper case, as advertised. */
  authMechanisms: string[];
  /** Whether an AUTH line was present at all (it may list nothing we know). */
  authAdvertised: boolean;
  starttls: boolean;
  pipelining: boolean;
  size: number | null;
}

export const NO_CAPABILITIES: Readonly<Capabilities> = {
  extensions: [],
  authMechanisms: [],
  authAdvertised: false,
  starttls: false,
  pipelining: false,
  size: null,
};

/** Reads an EHLO reply: the first line is the server's name, the rest are extensions. */
export function parseEhlo(raw: string): Capabilities {
  const reply = parseReply(raw);
  if (!reply || reply.code < 200 || reply.code > 299) return { ...NO_CAPABILITIES, extensions: [] };
  // The enhanced-code parse does not apply to EHLO; take the lines as they came.
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d{3}[ -]?/, '').trim())
    .filter((line) => line.length > 0)
    .slice(1);
  const mechanisms = new Set<string>();
  let authAdvertised = false;
  let size: number | null = null;
  for (const line of lines) {
    // Old servers also send the pre-RFC form "AUTH=LOGIN".
    const auth = /^AUTH(?:[\s=](.*))?$/i.exec(line);
    if (auth) {
      authAdvertised = true;
      for (const mech of (auth[1] ?? '').split(/[\s=]+/)) if (mech) mechanisms.add(mech.toUpperCase());
    }
    const sizeMatch = /^SIZE(?:\s+(\d+))?$/i.exec(line);
    if (sizeMatch) size = sizeMatch[1] === undefined ? null : Number(sizeMatch[1]);
  }
  const keywords = new Set(lines.map((line) => (line.split(/[\s=]/)[0] ?? '').toUpperCase()));
  return {
    extensions: lines,
    authMechanisms: [...mechanisms],
    authAdvertised,
    starttls: keywords.has('STARTTLS'),
    pipelining: keywords.has('PIPELINING'),
    size,
  };
}
