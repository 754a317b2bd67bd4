/**
 * Discover's probes share one witness for a silent port: a port of the matrix that
 * answered is the evidence for the silent ones, and the sibling outside the matrix (443
 * in real use; a lab port here) is knocked on once per discover, not once per probe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../../electron/discover/discover';
import type { DiscoverResult } from '../../../shared/discovery';
import { startOpenPort, type OpenPort } from '../../lab';
import { startLabPorts, type LabPorts } from './lab-ports';

let lab: LabPorts | null = null;
let sibling: OpenPort | null = null;
afterEach(async () => {
  await lab?.close();
  await sibling?.close();
  lab = sibling = null;
});

const connectOf = (result: DiscoverResult, dialled: number) => {
  const probe = result.probes.find((p) => p.runId === result.ports.find((row) => row.port === dialled)?.runIds[0]);
  return probe?.stages.find((stage) => stage.id === 'connect');
};
const siblingOf = (result: DiscoverResult, port: number) => {
  const fact = connectOf(result, port)?.evidence.find((e) => e.kind === 'fact' && e.fact === 'port-silent-host-up');
  return fact?.kind === 'fact' ? fact.params?.siblingPort : undefined;
};

describe('discover with silently dropped ports', () => {
  it('knocks on the sibling once for two silent ports, and both rows are blocked on that evidence', async () => {
    lab = await startLabPorts({ 587: 'port-blocked', 25: 'port-blocked' });
    sibling = await startOpenPort();
    const result = await discover('smtp.office365.com', lab.deps({ probeDeps: { siblingPorts: [sibling.port] } }), {
      ports: [
        { port: 587, security: 'starttls' },
        { port: 25, security: 'starttls' },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.ports.map((row) => row.reachability)).toEqual(['blocked', 'blocked']);
    expect(siblingOf(result.value, 587)).toBe(sibling.port);
    expect(siblingOf(result.value, 25)).toBe(sibling.port);
    expect(sibling.accepted()).toBe(1);
  });

  it('takes a working port of the matrix as the evidence and knocks on nothing', async () => {
    lab = await startLabPorts({ 587: 'port-blocked', 25: 'healthy' });
    sibling = await startOpenPort();
    const result = await discover('smtp.office365.com', lab.deps({ probeDeps: { siblingPorts: [sibling.port] } }), {
      ports: [
        { port: 587, security: 'starttls' },
        { port: 25, security: 'starttls' },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.ports[0]).toMatchObject({ port: 587, reachability: 'blocked', findings: ['network.port-blocked'] });
    expect(siblingOf(result.value, 587)).toBe(lab.labs.get(25)?.port);
    expect(sibling.accepted()).toBe(0);
  });
});
