/** The AUTH exchange of the Microsoft-like server: LOGIN and XOAUTH2 only, PLAIN → 504 5.7.4. */
import type { LabCredentials } from './lab-credentials';
import type { M365Plan } from './m365-plan';
import { M365_REPLIES as R, type ScriptedReply } from './m365-replies';
import { LOGIN_PASSWORD_PROMPT, LOGIN_USERNAME_PROMPT, decodeBase64, decodeXoauth2 } from './sasl';

export type PendingAuth = { mech: 'LOGIN'; user?: string } | { mech: 'XOAUTH2' };

export type AuthStep =
  | { kind: 'challenge'; challenge: string; pending: PendingAuth }
  | { kind: 'error'; reply: ScriptedReply }
  | { kind: 'login'; user: string; password: string }
  | { kind: 'xoauth2'; user: string; token: string };

const error = (reply: ScriptedReply): AuthStep => ({ kind: 'error', reply });

function loginUser(encoded: string): AuthStep {
  const user = decodeBase64(encoded);
  if (user === null) return error(R.badSyntax);
  return { kind: 'challenge', challenge: LOGIN_PASSWORD_PROMPT, pending: { mech: 'LOGIN', user } };
}

function xoauth2(encoded: string): AuthStep {
  const decoded = decodeXoauth2(encoded);
  return decoded ? { kind: 'xoauth2', ...decoded } : error(R.authUnsuccessful);
}

const askUser: AuthStep = { kind: 'challenge', challenge: LOGIN_USERNAME_PROMPT, pending: { mech: 'LOGIN' } };

/** `AUTH <mech> [initial-response]`; `loginInitial` as in M365Plan.loginInitialResponse. */
export function startAuth(args: string, loginInitial?: M365Plan['loginInitialResponse']): AuthStep {
  const [mech = '', initial] = args.split(/\s+/);
  switch (mech.toUpperCase()) {
    case 'LOGIN':
      if (!initial || loginInitial === 'ask-username') return askUser;
      return loginInitial === 'refuse' ? error(R.badSyntax) : loginUser(initial);
    case 'XOAUTH2':
      return initial ? xoauth2(initial) : { kind: 'challenge', challenge: '', pending: { mech: 'XOAUTH2' } };
    case '':
      return error(R.badSyntax);
    default:
      return error(R.unrecognizedAuth);
  }
}

/** The client's answer to a 334 challenge. */
export function continueAuth(pending: PendingAuth, line: string): AuthStep {
  if (line.trim() === '*') return error(R.badSyntax); // the client cancelled the exchange
  if (pending.mech === 'XOAUTH2') return xoauth2(line);
  if (pending.user === undefined) return loginUser(line);
  const password = decodeBase64(line);
  return password === null ? error(R.badSyntax) : { kind: 'login', user: pending.user, password };
}

const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function checkLogin(step: { user: string; password: string }, credentials: LabCredentials): boolean {
  return sameUser(step.user, credentials.user) && step.password === credentials.password;
}

/** Microsoft also rejects a valid token whose `user=` is not the signed-in account (§4.5). */
export function checkXoauth2(step: { user: string; token: string }, credentials: LabCredentials): boolean {
  return sameUser(step.user, credentials.user) && step.token === credentials.accessToken;
}

/** "LOGIN <redacted>": the log never holds a base64 AUTH argument. */
export function authCommandForLog(args: string): string {
  const [mech = '', initial] = args.split(/\s+/);
  return `AUTH ${mech}${initial ? ' <redacted>' : ''}`;
}
