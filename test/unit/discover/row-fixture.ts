import type { PortProbe } from '../../../shared/discovery';

/** A matrix row with sensible defaults: a port that works with STARTTLS and offers LOGIN and XOAUTH2. */
export function row(partial: Partial<PortProbe> & Pick<PortProbe, 'port'>): PortProbe {
  return {
    security: 'starttls',
    tried: [partial.security ?? 'starttls'],
    reachability: 'reachable',
    tls: 'verified',
    tlsProtocol: 'TLSv1.3',
    tlsDiagnosis: 'trusted',
    authMechanisms: ['LOGIN', 'XOAUTH2'],
    usable: true,
    expected: false,
    findings: [],
    detail: '',
    durationMs: 10,
    runIds: ['run'],
    ...partial,
  };
}

export const blocked = (port: number): PortProbe =>
  row({ port, reachability: 'blocked', tls: 'not-reached', tlsProtocol: null, tlsDiagnosis: null, authMechanisms: [], usable: false, findings: ['network.port-blocked'] });
