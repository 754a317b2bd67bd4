/**
 * What the result page offers as the one next step, from the primary finding (findings[0],
 * already ranked by the diagnosis): the fix itself where the app can make it, so the
 * person does not go back through the steps to find it.
 */
import { isMicrosoftHost, PRESETS, securityForPort } from '../../shared/presets';
import type { ProbeResult, Security } from '../../shared/types';
import type { WizardForm } from './wizard-state';

export type ResultFix =
  /** The port does not answer from here: find one that does, right on the result page. */
  | { kind: 'discover' }
  /** The port or security is wrong for this server: the right ones, tested at once. */
  | { kind: 'settings'; port: number; security: Security }
  /** The password was wrong: back to the password field. */
  | { kind: 'password' }
  /** The server refused password sign-in, and this kind of account can sign in with Microsoft. */
  | { kind: 'microsoft' };

const UNREACHABLE = new Set(['network.port-blocked', 'network.connection-refused', 'network.greeting-timeout']);
const METHOD_REFUSED = new Set(['auth.basic-auth-disabled', 'auth.basic-auth-removed', 'auth.security-defaults', 'auth.mechanism-unsupported']);

const otherMode = (security: Security): Security => (security === 'tls' ? 'starttls' : 'tls');

export function resultFix(result: ProbeResult, form: WizardForm, primary: string | undefined): ResultFix | null {
  if (!primary || result.verdict !== 'fail') return null;
  const { port, security, host } = result.request;
  if (primary === 'tls.port-465-unsupported') return { kind: 'settings', port: 587, security: 'starttls' };
  if (primary === 'tls.mode-mismatch') {
    // The mode the port is meant for; on a port that already has it, the other one.
    const expected = securityForPort(port);
    return { kind: 'settings', port, security: expected !== security ? expected : otherMode(security) };
  }
  if (UNREACHABLE.has(primary)) return port === 465 && isMicrosoftHost(host) ? { kind: 'settings', port: 587, security: 'starttls' } : { kind: 'discover' };
  if (primary === 'auth.bad-credentials' && result.request.auth.method === 'password') return { kind: 'password' };
  const oauthOffered = form.preset !== null && PRESETS[form.preset].authMethods.includes('oauth2');
  if (METHOD_REFUSED.has(primary) && result.request.auth.method === 'password' && oauthOffered) return { kind: 'microsoft' };
  return null;
}
