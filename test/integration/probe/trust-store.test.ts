/**
 * The trust store adds its extra roots to a copy of Node's default store: a context built
 * with the lab root verifies the lab, and neither Node's own default context nor a store
 * without that root learns to trust it (real TLS handshakes on 127.0.0.1).
 */
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrustStore } from '../../../electron/probe/tls-trust';
import { startLab, type Lab } from '../../lab';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab('implicit-tls');
});
afterAll(() => lab.close());

function handshake(secureContext: tls.SecureContext): Promise<{ authorized: boolean; error: string | null }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: lab.port, servername: lab.servername, secureContext, rejectUnauthorized: false }, () => {
      resolve({ authorized: socket.authorized, error: socket.authorizationError ? String(socket.authorizationError) : null });
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

describe('trust store contexts', () => {
  it('trusts the extra root in its own context only', async () => {
    const withLab = buildTrustStore({ env: {}, extraCa: [lab.caPem], systemCertificates: () => [] });
    expect(await handshake(withLab.secureContext())).toEqual({ authorized: true, error: null });
    expect((await handshake(tls.createSecureContext())).authorized).toBe(false);
    expect((await handshake(buildTrustStore({ env: {}, systemCertificates: () => [] }).secureContext())).authorized).toBe(false);
  });

  it('trusts a root that only the OS store holds', async () => {
    expect((await handshake(buildTrustStore({ env: {}, systemCertificates: () => [lab.caPem] }).secureContext())).authorized).toBe(true);
  });
});
