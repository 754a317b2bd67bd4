import { describe, expect, it } from 'vitest';
import { classifyAll } from '../../../shared/findings';
import { sharedWitness, siblingPortsFor } from '../../../electron/probe/host-witness';

describe('which ports a silent probe knocks on', () => {
  it('443 first, then the first other submission port; two at most, never the chosen one', () => {
    expect(siblingPortsFor(587)).toEqual([443, 25]);
    expect(siblingPortsFor(25)).toEqual([443, 587]);
    expect(siblingPortsFor(465)).toEqual([443, 587]);
    expect(siblingPortsFor(2525)).toEqual([443, 587]);
    expect(siblingPortsFor(443)).toEqual([587, 25]);
  });
});

describe('a witness shared by the probes of one discover', () => {
  it('answers a silent probe with what another probe of the same address saw', async () => {
    const witness = sharedWitness([]);
    const stop = new AbortController();
    const waiting = witness.heard('127.0.0.1', 587, stop.signal);
    witness.tell('127.0.0.1', { port: 587, rttMs: 30, how: 'connected' }); // its own port: no evidence
    witness.tell('127.0.0.2', { port: 25, rttMs: 30, how: 'connected' }); // another address: no evidence
    witness.tell('127.0.0.1', { port: 25, rttMs: 31.5, how: 'refused' });
    await expect(waiting).resolves.toEqual({ port: 25, rttMs: 31.5, how: 'refused' });
    // A later question is answered at once from what was already seen.
    await expect(witness.heard('127.0.0.1', 465, stop.signal)).resolves.toMatchObject({ port: 587, how: 'connected' });
    await witness.close();
  });

  it('gives null to a probe that stops waiting, and to every waiter on close', async () => {
    const witness = sharedWitness([]);
    const stop = new AbortController();
    const first = witness.heard('127.0.0.1', 587, stop.signal);
    stop.abort();
    await expect(first).resolves.toBeNull();
    const second = witness.heard('127.0.0.1', 25, new AbortController().signal);
    await witness.close();
    await expect(second).resolves.toBeNull();
  });
});

describe('the port-silent-host-up fact', () => {
  const fact = { kind: 'fact', fact: 'port-silent-host-up', params: { port: 587, waitedMs: 1500, siblingPort: 443, rttMs: 40, answer: 'connected' } } as const;

  it('is a blocked port', () => {
    expect(classifyAll([fact], { port: 587, host: 'smtp.office365.com' })).toEqual(['network.port-blocked']);
  });

  it('on port 25 from home it is the provider blocking 25, like a timeout', () => {
    expect(classifyAll([{ ...fact, params: { ...fact.params, port: 25 } }], { port: 25, network: 'home' })).toEqual(['network.port-25-blocked']);
  });
});
