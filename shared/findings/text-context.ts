import { isMicrosoftHost, presetIdForHost } from '../presets';
import type { AuthMethod, Security } from '../types';
import type { ClassifyContext } from './classify-types';
import { clockOffsetMinutes, greetingDate } from './clock';
import type { Sender } from './describe';
import { normaliseText } from './normalise';
import type { Recognised } from './recognised';
import { addressInText, interceptorInText } from './text-identity';
import { senderInText } from './text-sender';

/** What a pasted text tells besides its errors, for ranking and for the IT message. */
export interface TextContext {
  classify: ClassifyContext;
  address?: string;
  interceptor?: string;
  sender?: Sender;
  recognised: Recognised[];
}

// Hosts a person configures; Microsoft's per-server names (BY1PR10CA0041.outlook.office365.com) are not.
const CONFIGURED_HOST =
  /\b(smtp(?:-mail|-legacy)?\.(?:office365|outlook)\.(?:com|us)|outlook(?:-dod)?\.office365\.(?:com|us)|smtp\.partner\.outlook\.cn|[a-z0-9-]+\.mail\.protection\.outlook\.com|smtp(?:\.[a-z0-9-]+)+\.[a-z]{2,}|mail\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|smtp[a-z0-9-]*\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b/i;
const HOST_LABEL = /\b(?:host|server|connect(?:ing|ion)? to|opening to|relay)\s*[:=]?\s*["'`<(]*([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z]{2,})/i;
const PORT_AFTER_HOST = /(?:[a-z0-9-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})\]?:(\d{2,5})\b/gi;
const PORT_LABEL = /\b(?:port|ports|anschluss|poort|puerto|porta|smtp port)\b\s*[:=]?\s*["']?(\d{2,5})\b/i;
const MAIL_PORTS = new Set([25, 465, 587, 2525]);
const SERVER_REPLY = /(?:^|\s|[:(='"])[2-5]\d\d[ -][^\n]{2,}|server -> client|smtp inbound|\bs: [2-5]\d\d/im;
const MICROSOFT_GREETING = /microsoft esmtp mail service|outlook\.office365\.com|\.prod\.outlook\.com|\.protection\.outlook\.com/i;
// The client asked for STARTTLS and the server said go ahead (PHPMailer, nodemailer and swaks logs).
const STARTTLS_ACCEPTED = /(?:client -> server:|->|\bc:)\s*starttls[\s\S]{0,400}?\b220[ -](?:2\.0\.0|ready to start tls|smtp server ready|go ahead)/i;
// After the go-ahead, a client command (EHLO again) means the handshake itself succeeded.
const COMMAND_AFTER_TLS = /(?:client -> server:|->|\bc:)\s*(?:ehlo|helo|auth|mail from)/i;
// An EHLO that lists STARTTLS but no AUTH: sign-in is offered only once TLS has started.
const EHLO_STARTTLS = /250[ -]starttls\b/i;
const EHLO_AUTH = /250[ -]auth\b/i;
const ISO_STAMP = /(\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2}))/i;

function portIn(text: string): number | undefined {
  for (const m of text.matchAll(PORT_AFTER_HOST)) {
    const port = Number(m[1]);
    if (MAIL_PORTS.has(port)) return port;
  }
  const labelled = Number(PORT_LABEL.exec(text)?.[1]);
  return MAIL_PORTS.has(labelled) ? labelled : undefined;
}

// A host ends in a real top-level domain; "com.sun.mail.smtp.SMTPTransport" is a class name.
const plausibleHost = (host: string) => /\.[a-z]{2,6}$/i.test(host) && !/\.(java|py|php|js|ts|cs|log|txt)$/i.test(host);

function hostIn(text: string): string | undefined {
  const configured = [...text.matchAll(new RegExp(CONFIGURED_HOST.source, 'gi'))].map((m) => m[1] ?? '').find(plausibleHost);
  const labelled = HOST_LABEL.exec(text)?.[1];
  return (configured ?? (labelled && plausibleHost(labelled) ? labelled : undefined))?.toLowerCase();
}

function securityIn(normalised: string): Security | undefined {
  if (/smtpsecure: ssl|\bssl:\/\/|secure \(ssl\)\s*:\s*(yes|ja|oui|sí|si)\b|secure: true|encryption[=: ]+ssl\b/.test(normalised)) return 'tls';
  if (/smtpsecure: tls|tls_starttls on|starttls|secure: false/.test(normalised)) return 'starttls';
  return undefined;
}

function authIn(text: string): AuthMethod | undefined {
  if (/(?:->|client -> server:|\bc:)\s*auth xoauth2|saslmechanismoauth2|type: ?'?oauth2|\bxoauth2\b(?![^\n]*\blogin\b)/i.test(text)) return 'oauth2';
  if (/(?:->|client -> server:|\bc:)\s*auth (login|plain)|authenticate\(\s*\w+\s*,\s*\w*pass/i.test(text)) return 'password';
  return undefined;
}

/** This computer's clock offset, when one line holds both a zoned local stamp and the greeting's date. */
function clockIn(text: string): number | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (!/\b220[ -]/.test(line)) continue;
    const server = greetingDate(line);
    const local = ISO_STAMP.exec(line)?.[1];
    if (server && local) {
      const localDate = new Date(local.replace(' ', 'T'));
      if (!Number.isNaN(localDate.getTime())) return clockOffsetMinutes(localDate, server);
    }
  }
  return undefined;
}

/** Reads host, port, security, sign-in method, sender, address and clock from a pasted text. */
export function readTextContext(text: string): TextContext {
  const normalised = normaliseText(text);
  const classify: ClassifyContext = { reachedServer: SERVER_REPLY.test(text) };
  const recognised: Recognised[] = [];
  const host = hostIn(text);
  const port = portIn(text);
  if (host) {
    classify.host = host;
    const preset = presetIdForHost(host);
    if (preset !== 'custom') classify.presetId = preset;
  }
  if (port !== undefined) classify.port = port;
  if (host || port !== undefined) recognised.push({ kind: 'context', text: [host, port].filter(Boolean).join(':') });
  if (!host && MICROSOFT_GREETING.test(text)) classify.microsoftServer = true;
  if (host && isMicrosoftHost(host)) classify.microsoftServer = true;
  const security = securityIn(normalised);
  if (security) classify.security = security;
  const authMethod = authIn(text);
  if (authMethod) classify.authMethod = authMethod;
  const accepted = STARTTLS_ACCEPTED.exec(text);
  if (accepted && !COMMAND_AFTER_TLS.test(text.slice(accepted.index + accepted[0].length))) classify.startedTls = true;
  if (EHLO_STARTTLS.test(text) && !EHLO_AUTH.test(text)) classify.authOnlyAfterTls = true;
  const clock = clockIn(text);
  if (clock !== undefined) classify.clockOffsetMinutes = clock;

  const context: TextContext = { classify, recognised };
  const sender = senderInText(normalised);
  if (sender) {
    context.sender = sender;
    if (sender.product) recognised.push({ kind: 'context', text: sender.product });
  }
  const address = addressInText(text);
  if (address) context.address = address;
  const interceptor = interceptorInText(text);
  if (interceptor) context.interceptor = interceptor;
  return context;
}
