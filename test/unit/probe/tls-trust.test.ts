import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import { describe, expect, it, vi } from 'vitest';
import { buildTrustStore, fingerprintOf, splitPem } from '../../../electron/probe/tls-trust';

describe('the trust store', () => {
  it('fingerprints a PEM as Node does (SHA-256 over the DER), without parsing it as X.509', () => {
    for (const pem of tls.rootCertificates.slice(0, 20)) expect(fingerprintOf(pem)).toBe(new X509Certificate(pem).fingerprint256);
  });

  it('reads the OS store and builds the context only when the handshake asks for it', () => {
    const system = vi.fn(() => [] as string[]);
    const store = buildTrustStore({ env: {}, systemCertificates: system });
    expect(system).not.toHaveBeenCalled();
    const context = store.secureContext();
    expect(system).toHaveBeenCalledTimes(1);
    expect(store.secureContext()).toBe(context);
  });

  it('says "only in the system store" for a root the OS store alone has, never for a bundled or extra one', () => {
    const [bundled, other] = tls.rootCertificates;
    const store = buildTrustStore({ env: {}, extraCa: [String(other)], systemCertificates: () => [String(bundled), String(other), SYSTEM_ONLY] });
    expect(store.onlyInSystemStore(fingerprintOf(SYSTEM_ONLY))).toBe(true);
    expect(store.onlyInSystemStore(fingerprintOf(String(bundled)))).toBe(false);
    expect(store.onlyInSystemStore(fingerprintOf(String(other)))).toBe(false);
    expect(buildTrustStore({ env: {}, systemCertificates: () => [] }).onlyInSystemStore(fingerprintOf(SYSTEM_ONLY))).toBe(false);
  });

  it('notes an unreadable NODE_EXTRA_CA_CERTS at once, before anything is built', () => {
    const store = buildTrustStore({ env: { NODE_EXTRA_CA_CERTS: '/nonexistent/extra.pem' }, systemCertificates: () => [] });
    expect(store.notes).toEqual(['NODE_EXTRA_CA_CERTS could not be read (ENOENT)']);
  });

  it('splits a bundle into certificates', () => {
    expect(splitPem(`${tls.rootCertificates[0]}\n${tls.rootCertificates[1]}\n`)).toHaveLength(2);
  });
});

// A self-signed certificate no bundled store carries (made with openssl for this test; its key was discarded).
const SYSTEM_ONLY = `-----BEGIN CERTIFICATE-----
MIIBfTCCASOgAwIBAgIUDGArDomvjRq4JPdn/rh0RfgRgj0wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJT25seSBIZXJlMB4XDTI2MTIwMTIyMDAwNloXDTM2MTEyODIy
MDAwNlowFDESMBAGA1UEAwwJT25seSBIZXJlMFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEBiznv9mbBaA8Lhl47tm/4LHtorAHgy5Fum5D9mU/sJtxQjR+3gSEqwik
BHSQ/WPD4cRGgjUQrxhBil0cjg3E0qNTMFEwHQYDVR0OBBYEFOUroo0bNvptckop
77vlI8V0es/JMB8GA1UdIwQYMBaAFOUroo0bNvptckop77vlI8V0es/JMA8GA1Ud
EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAKTg4zQimn0CqiWmk1nRs3t8
q6Fe6RFqq6CC/dk4hLHFAiBsHdbwkYuCbhFCKGQiZezujvurvdd+nVqpdoEzhcEv
4g==
-----END CERTIFICATE-----`;
