import type { ProbeRequest, RedactedProbeRequest } from '../../shared/types';

/** The request without its password, token or trusted fingerprint: safe to return and store. */
export function redactRequest(request: ProbeRequest): RedactedProbeRequest {
  const { auth, trustFingerprint256: _fingerprint, ...rest } = request;
  return {
    ...rest,
    ...(rest.timeouts ? { timeouts: { ...rest.timeouts } } : {}),
    auth: auth.method === 'none' ? { method: 'none' } : { method: auth.method, user: auth.user },
  };
}
