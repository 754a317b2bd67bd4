/**
 * A silently dropped port judged by evidence: while the chosen port's SYN goes
 * unanswered, the probe knocks on a sibling port of the same address; an answer there
 * (SYN-ACK or RST) proves the host is up, and the port is called blocked without waiting
 * for the timer. The sibling is a lab port (deps.siblingPorts); the wire shows whether
 * the knock happened.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyAll } from '../../../shared/findings';
import { stageDetailText } from '../../../shared/stage-details';
import type { Evidence } from '../../../shared/types';
import { startBlackhole, startLab, startOpenPort, type Blackhole, type Lab, type OpenPort } from '../../lab';
import { factsOf, labDeps, labRequest, leftBehind, probeLab, stageOf } from './lab-probe';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((item) => item.close()));
});
async function keep<T extends { close(): Promise<void> }>(item: Promise<T>): Promise<T> {
  const value = await item;
  opened.push(value);
  return value;
}

const hostUp = (evidence: Evidence[]) => evidence.find((e) => e.kind === 'fact' && e.fact === 'port-silent-host-up');

describe('a silent port while the host answers on a sibling port', () => {
  it('ends the connect stage on the evidence: the sibling accepted one knock, and the words say the port is blocked', async () => {
    const silent: Lab = await keep(startLab('port-blocked'));
    const sibling: OpenPort = await keep(startOpenPort());
    const baseline = process.getActiveResourcesInfo().filter((r) => r !== 'Immediate');
    // The default connect timeout (4 s): what ends the stage here is the evidence.
    const { result } = await probeLab(silent, labRequest(silent), labDeps(silent, { siblingPorts: [sibling.port], classify: classifyAll }));

    const connect = stageOf(result, 'connect');
    expect(connect.status).toBe('fail');
    expect(connect.detail.code).toBe('connect.port-silent');
    const fact = hostUp(connect.evidence);
    expect(fact).toMatchObject({ kind: 'fact', params: { port: silent.port, siblingPort: sibling.port, answer: 'connected' } });
    const params = fact?.kind === 'fact' ? fact.params : undefined;
    // The rule: at least SILENT_MIN_MS of silence, and the timer (4000 ms) did not end it.
    expect(Number(params?.waitedMs)).toBeGreaterThanOrEqual(1500);
    expect(Number(params?.waitedMs)).toBeLessThan(4000);
    expect(connect.evidence).toContainEqual(expect.objectContaining({ kind: 'socket-error', code: 'ETIMEDOUT' }));
    expect(factsOf(connect.evidence)).not.toContain('timeout');
    expect(connect.findings).toEqual(['network.port-blocked']);
    expect(stageDetailText(connect.detail)).toMatch(new RegExp(`^no answer on port ${silent.port} within \\d+ ms, although the server answered on port ${sibling.port} .*blocks port ${silent.port}$`));
    expect(sibling.accepted()).toBe(1);
    expect(result.stages.filter((s) => s.status !== 'skipped').map((s) => s.id)).toEqual(['resolve', 'connect']);
    expect(await leftBehind(baseline)).toEqual([]);
  });

  it('takes a refused sibling (RST) as proof too', async () => {
    const silent = await keep(startLab('port-blocked'));
    const refused = await keep(startLab('connection-refused'));
    const { result } = await probeLab(silent, labRequest(silent), labDeps(silent, { siblingPorts: [refused.port] }));
    const connect = stageOf(result, 'connect');
    expect(connect.detail.code).toBe('connect.port-silent');
    expect(hostUp(connect.evidence)).toMatchObject({ params: { siblingPort: refused.port, answer: 'refused' } });
  });

  it('keeps the evidence when the timer is shorter than the rule, and names the timeout as the wait', async () => {
    const silent = await keep(startLab('port-blocked'));
    const sibling = await keep(startOpenPort());
    const { result } = await probeLab(silent, labRequest(silent, { timeouts: { connect: 1000 } }), labDeps(silent, { siblingPorts: [sibling.port] }));
    const connect = stageOf(result, 'connect');
    expect(connect.detail.code).toBe('connect.port-silent');
    expect(hostUp(connect.evidence)).toMatchObject({ params: { siblingPort: sibling.port } });
    expect(sibling.accepted()).toBe(1);
  });

  it('knocks once on each of two siblings at most, and stops at the first answer', async () => {
    const silent = await keep(startLab('port-blocked'));
    const quiet: Blackhole = await keep(startBlackhole());
    const open = await keep(startOpenPort());
    const { result } = await probeLab(silent, labRequest(silent), labDeps(silent, { siblingPorts: [quiet.port, open.port] }));
    expect(hostUp(stageOf(result, 'connect').evidence)).toMatchObject({ params: { siblingPort: open.port } });
    expect(open.accepted()).toBe(1);
  });
});

describe('a silent port when nothing answers anywhere', () => {
  it('waits for the timer and says only that nothing answered', async () => {
    const silent = await keep(startLab('port-blocked'));
    const quiet = await keep(startBlackhole());
    const baseline = process.getActiveResourcesInfo().filter((r) => r !== 'Immediate');
    const { result } = await probeLab(silent, labRequest(silent, { timeouts: { connect: 2000 } }), labDeps(silent, { siblingPorts: [quiet.port] }));
    const connect = stageOf(result, 'connect');
    expect(connect.detail).toEqual({ code: 'connect.failed', params: { code: 'ETIMEDOUT', message: `no answer from port ${silent.port} within 2000 ms` } });
    expect(factsOf(connect.evidence)).toEqual(['timeout']);
    expect(await leftBehind(baseline)).toEqual([]);
  });
});

describe('knocking only when the chosen port is silent', () => {
  it('a healthy probe opens no connection to the sibling', async () => {
    const healthy = await keep(startLab('healthy'));
    const sibling = await keep(startOpenPort());
    const { result } = await probeLab(healthy, labRequest(healthy), labDeps(healthy, { siblingPorts: [sibling.port] }));
    expect(result.verdict).toBe('pass');
    expect(sibling.accepted()).toBe(0);
  });

  it('a refused port is an answer in itself: no knock', async () => {
    const refused = await keep(startLab('connection-refused'));
    const sibling = await keep(startOpenPort());
    const { result } = await probeLab(refused, labRequest(refused), labDeps(refused, { siblingPorts: [sibling.port] }));
    expect(stageOf(result, 'connect').evidence).toContainEqual(expect.objectContaining({ code: 'ECONNREFUSED' }));
    expect(sibling.accepted()).toBe(0);
  });

  it('cancelling while the port is silent closes the knock too', async () => {
    const silent = await keep(startLab('port-blocked'));
    const quiet = await keep(startBlackhole());
    const baseline = process.getActiveResourcesInfo().filter((r) => r !== 'Immediate');
    const controller = new AbortController();
    const pending = probeLab(silent, labRequest(silent), labDeps(silent, { siblingPorts: [quiet.port] }), controller.signal);
    // After the knock went out (250 ms), long before any verdict.
    setTimeout(() => controller.abort(), 600);
    const { result } = await pending;
    expect(result.verdict).toBe('cancelled');
    expect(await leftBehind(baseline)).toEqual([]);
  });
});

describe('the lab pieces these tests use', () => {
  it('an open port and a blackhole on a chosen port close without leaving handles', async () => {
    const baseline = process.getActiveResourcesInfo().filter((r) => r !== 'Immediate');
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const open = await startOpenPort();
    const chosen = await startBlackhole({ port: free });
    expect(chosen.port).toBe(free);
    await Promise.all([open.close(), chosen.close()]);
    await open.close(); // idempotent
    expect(await leftBehind(baseline)).toEqual([]);
  });
});
