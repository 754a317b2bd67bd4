/**
 * The test-only dial port (ProbeDeps.dialPort): the socket goes to the lab server's random
 * port while everything the run records — request, stage details, transcript — keeps the
 * port the person asked for, so an E2E journey that never types a port reads as it would
 * against Microsoft.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab';
import { labDeps, labRequest, probeLab, stageOf } from './lab-probe';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

describe('dial port', () => {
  it('dials the mapped port and records the requested one', async () => {
    lab = await startLab('healthy');
    const dialled: number[] = [];
    const deps = labDeps(lab, {
      dialPort: (port) => {
        dialled.push(port);
        return port === 587 ? (lab as Lab).port : port;
      },
    });
    const { result } = await probeLab(lab, labRequest(lab, { port: 587 }), deps);
    expect(result.verdict).toBe('pass');
    expect(dialled).toEqual([587]);
    expect(result.request.port).toBe(587);
    expect(stageOf(result, 'connect').detail).toMatchObject({ code: 'connect.connected', params: { port: 587 } });
    expect(result.transcript.map((l) => l.text).join('\n')).toContain('smtp.office365.com:587');
    expect(result.transcript.map((l) => l.text).join('\n')).not.toContain(`:${lab.port}`);
  });

  it('without it, the request port is the port dialled', async () => {
    lab = await startLab('healthy');
    const { result } = await probeLab(lab, labRequest(lab), labDeps(lab));
    expect(result.verdict).toBe('pass');
    expect(result.request.port).toBe(lab.port);
  });
});
