import type { Evidence, ProbeRequest } from '../../shared/types';
import type { Capabilities } from './ehlo-capabilities';

export type SaslMechanism = 'XOAUTH2' | 'LOGIN' | 'PLAIN';

export interface MechanismChoice {
  mechanism: SaslMechanism;
  /** Facts worth classifying even if the login then works (or fails for another reason). */
  evidence: Evidence[];
}

/**
 * Picks the mechanism a careful client would: XOAUTH2 for a token; LOGIN when offered
 * (Microsoft offers LOGIN and XOAUTH2, never PLAIN), otherwise PLAIN. The login is
 * attempted even when the server did not offer what we need, because the server's own
 * answer is the best evidence; the missing offer is recorded as a fact.
 */
export function chooseMechanism(auth: Exclude<ProbeRequest['auth'], { method: 'none' }>, caps: Capabilities): MechanismChoice {
  const offered = new Set(caps.authMechanisms);
  const evidence: Evidence[] = [];
  if (!caps.authAdvertised) {
    evidence.push({ kind: 'fact', fact: 'no-auth-after-tls', detail: 'the server did not offer AUTH in its EHLO reply' });
  }
  let mechanism: SaslMechanism;
  if (auth.method === 'oauth2') {
    mechanism = 'XOAUTH2';
  } else {
    mechanism = offered.has('LOGIN') ? 'LOGIN' : 'PLAIN';
  }
  if (caps.authAdvertised && !offered.has(mechanism)) {
    evidence.push({
      kind: 'fact',
      fact: 'mechanism-unsupported',
      detail: `${mechanism} not offered; the server offers ${[...offered].join(' ') || 'no known mechanism'}`,
    });
  }
  return { mechanism, evidence };
}
