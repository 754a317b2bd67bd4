/**
 * Reads back what a client really sent to the lab server, line by line, and says whether
 * any value added a command, a parameter or a SASL field: every line must be one of the
 * commands the probe sends, with exactly the parts it should have.
 */

export interface ConversationCheck {
  /** Lines that are not what the probe sends. */
  problems: string[];
  /** The SASL fields as the server decoded them (for comparing with the validated input). */
  sasl: { mechanism: string; fields: string[] }[];
  envelope: { from: string | null; to: string[] };
}

const b64decode = (text: string) => Buffer.from(text, 'base64').toString('utf8');
const isBase64 = (text: string) => /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;

const SIMPLE = [/^EHLO [!-~]+$/, /^HELO [!-~]+$/, /^STARTTLS$/, /^DATA$/, /^QUIT$/, /^RSET$/, /^<message of \d+ bytes>$/];
const MAIL = /^MAIL FROM:<([^<>\s]+)>((?: SIZE=\d+| SMTPUTF8| BODY=8BITMIME)*)$/u;
const RCPT = /^RCPT TO:<([^<>\s]+)>$/u;

export function checkConversation(lines: readonly string[]): ConversationCheck {
  const out: ConversationCheck = { problems: [], sasl: [], envelope: { from: null, to: [] } };
  const problem = (line: string, why: string) => out.problems.push(`${why}: ${JSON.stringify(line)}`);
  let pending: { mechanism: string; fields: string[]; expect: number } | null = null;
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(line)) problem(line, 'control character on the wire');
    if (pending) {
      if (line === '*' || !isBase64(line)) {
        problem(line, 'not a SASL continuation');
        pending = null;
        continue;
      }
      pending.fields.push(b64decode(line));
      if (pending.fields.length === pending.expect) {
        out.sasl.push({ mechanism: pending.mechanism, fields: pending.fields });
        pending = null;
      }
      continue;
    }
    const auth = /^AUTH (LOGIN|PLAIN|XOAUTH2)(?: (\S+))?$/.exec(line);
    if (auth) {
      const [, mechanism = '', initial] = auth;
      if (initial !== undefined && !isBase64(initial)) problem(line, 'AUTH argument is not base64');
      if (mechanism === 'LOGIN') pending = { mechanism, fields: initial ? [b64decode(initial)] : [], expect: 2 };
      else if (initial === undefined) pending = { mechanism, fields: [], expect: 1 };
      else out.sasl.push({ mechanism, fields: [b64decode(initial)] });
      if (pending && pending.fields.length === pending.expect) {
        out.sasl.push({ mechanism, fields: pending.fields });
        pending = null;
      }
      continue;
    }
    const mail = MAIL.exec(line);
    if (mail) {
      out.envelope.from = mail[1] ?? null;
      if (/[^\x20-\x7e]/.test(line) && !(mail[2] ?? '').includes('SMTPUTF8')) problem(line, 'non-ASCII sender without SMTPUTF8');
      continue;
    }
    const rcpt = RCPT.exec(line);
    if (rcpt) {
      out.envelope.to.push(rcpt[1] ?? '');
      continue;
    }
    if (!SIMPLE.some((pattern) => pattern.test(line))) problem(line, 'not a command the probe sends');
  }
  // Each SASL payload must split into exactly its fields.
  for (const { mechanism, fields } of out.sasl) {
    if (mechanism === 'PLAIN' && fields[0]?.split('\0').length !== 3) problem(fields[0] ?? '', 'PLAIN payload with other than three fields');
    if (mechanism === 'XOAUTH2') {
      const parts = fields[0]?.split('\x01') ?? [];
      if (parts.length !== 4 || !parts[0]?.startsWith('user=') || !parts[1]?.startsWith('auth=Bearer ') || parts[2] !== '' || parts[3] !== '') {
        problem(fields[0] ?? '', 'XOAUTH2 payload with other fields than user and auth');
      }
    }
  }
  return out;
}
