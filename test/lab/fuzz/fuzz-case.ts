/**
 * One hostile-server case, drawn from a seed: how the client connects and signs in, the
 * moment in the conversation where the server turns hostile, and how. Before that moment
 * the server behaves like a healthy SMTP server (AUTH only inside TLS).
 */
import { Prng } from './prng';

export type FuzzSecurity = 'starttls' | 'tls' | 'none';
export type FuzzAuth = 'password' | 'oauth2' | 'none';

/** Where the server can turn hostile, in wire order. */
export type Moment =
  | 'tls-handshake'
  | 'greeting'
  | 'ehlo'
  | 'starttls'
  | 'ehlo-tls'
  | 'auth-first'
  | 'auth-final'
  | 'mail-from'
  | 'rcpt-to'
  | 'data-start'
  | 'data-end'
  | 'quit';

export type Behaviour =
  /** Random bytes, then silence or a hang-up. */
  | 'garbage'
  /** A broken reply: bad code, no end of line, bare LF, a multi-line reply that never ends, … */
  | 'malformed'
  /** One line far over any sane size, or thousands of continuation lines. */
  | 'oversized'
  /** Continuation lines without end, at a steady rate, until the client hangs up. */
  | 'endless'
  /** A correct reply, one byte at a time, too slowly to finish in time. */
  | 'slow'
  | 'silent'
  | 'close'
  | 'reset'
  /** A correct reply whose text carries ESC sequences, NUL, C1, CR, bidi overrides. */
  | 'escape'
  /** A success-looking reply that is not the right one (a 2xx but not 235 to AUTH, …). */
  | 'wrong-success'
  /** Random bytes written under TLS, on the TCP socket itself. */
  | 'raw-garbage'
  /** TLS handshake only: plain text instead of a ServerHello. */
  | 'plain-instead-of-tls';

export interface FuzzCase {
  index: number;
  seed: number;
  security: FuzzSecurity;
  auth: FuzzAuth;
  sendTest: boolean;
  /** null: the server stays healthy the whole way (the probe must pass). */
  moment: Moment | null;
  behaviour: Behaviour | null;
  /** Whether EHLO inside TLS offers SMTPUTF8. */
  smtpUtf8: boolean;
}

/** Whether the case turns hostile at this moment. */
export function behaviourIsAt(c: FuzzCase, moment: Moment): boolean {
  return c.moment === moment && c.behaviour !== null;
}

/** The moments a client with these settings reaches, in order. */
export function momentsFor(security: FuzzSecurity, auth: FuzzAuth, sendTest: boolean): Moment[] {
  const moments: Moment[] = [];
  if (security === 'tls') moments.push('tls-handshake');
  moments.push('greeting', 'ehlo');
  if (security === 'starttls') moments.push('starttls', 'tls-handshake', 'ehlo-tls');
  // The probe never signs in over a plain connection.
  if (auth !== 'none' && security !== 'none') moments.push('auth-first', 'auth-final');
  if (sendTest && (auth === 'none' || security !== 'none')) moments.push('mail-from', 'rcpt-to', 'data-start', 'data-end');
  moments.push('quit');
  return moments;
}

const COMMON: readonly Behaviour[] = ['garbage', 'malformed', 'oversized', 'endless', 'slow', 'silent', 'close', 'reset', 'escape', 'wrong-success'];
const TLS_HANDSHAKE: readonly Behaviour[] = ['garbage', 'plain-instead-of-tls', 'slow', 'silent', 'close', 'reset', 'raw-garbage'];

function insideTls(security: FuzzSecurity, moment: Moment): boolean {
  if (security === 'tls') return true;
  return security === 'starttls' && !['greeting', 'ehlo', 'starttls', 'tls-handshake'].includes(moment);
}

export function behavioursFor(security: FuzzSecurity, moment: Moment): readonly Behaviour[] {
  if (moment === 'tls-handshake') return TLS_HANDSHAKE;
  return insideTls(security, moment) ? [...COMMON, 'raw-garbage'] : COMMON;
}

export function makeCase(index: number, seed: number): FuzzCase {
  const rng = new Prng(seed);
  const security = rng.pick<FuzzSecurity>(['starttls', 'starttls', 'tls', 'tls', 'none']);
  const auth = rng.pick<FuzzAuth>(['password', 'password', 'oauth2', 'oauth2', 'none']);
  const sendTest = rng.chance(0.5);
  const smtpUtf8 = rng.chance(0.5);
  // One case in twenty stays healthy end to end: the lab must also let a good server pass.
  if (rng.chance(0.05)) return { index, seed, security, auth, sendTest, moment: null, behaviour: null, smtpUtf8 };
  const moment = rng.pick(momentsFor(security, auth, sendTest));
  const behaviour = rng.pick(behavioursFor(security, moment));
  return { index, seed, security, auth, sendTest, moment, behaviour, smtpUtf8 };
}

export function describeCase(c: FuzzCase): string {
  const attack = c.moment ? `${c.behaviour} at ${c.moment}` : 'healthy';
  return `#${c.index} seed ${c.seed}: ${c.security}, auth ${c.auth}${c.sendTest ? ', test message' : ''}, ${attack}`;
}
