import { afterEach, describe, expect, it } from 'vitest';
import type { ProbeEvent } from '../../../shared/types';
import { createProbeService } from '../../../electron/probe/probe-service';
import { startLab, type Lab } from '../../lab';
import { labDeps, labRequest } from './lab-probe';

let labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.map((lab) => lab.close()));
  labs = [];
});

describe('createProbeService', () => {
  it('starts runs by id, streams their events on one sink, and keeps secrets out', async () => {
    const lab = await startLab('healthy');
    labs.push(lab);
    const events: ProbeEvent[] = [];
    const service = createProbeService({ ...labDeps(lab), onEvent: (event) => events.push(event) });
    const first = service.start(labRequest(lab));
    const second = service.start(labRequest(lab, {}, 'oauth'));
    if (!first.ok || !second.ok) throw new Error('start failed');
    expect(first.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.value).not.toBe(second.value);
    expect(service.running().sort()).toEqual([first.value, second.value].sort());

    const [a, b] = await Promise.all([service.result(first.value), service.result(second.value)]);
    expect(a?.verdict).toBe('pass');
    expect(b?.verdict).toBe('pass');
    expect(a?.runId).toBe(first.value);
    expect(service.running()).toEqual([]);
    expect(events.filter((e) => e.type === 'done').map((e) => e.runId).sort()).toEqual([first.value, second.value].sort());
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(lab.credentials.password);
    expect(everything).not.toContain(lab.credentials.accessToken);
  });

  it('cancels a run by id', async () => {
    const lab = await startLab('greeting-timeout');
    labs.push(lab);
    const service = createProbeService({ ...labDeps(lab), onEvent: () => {} });
    const started = service.start(labRequest(lab));
    if (!started.ok) throw new Error('start failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(service.cancel(started.value)).toBe(true);
    expect((await service.result(started.value))?.verdict).toBe('cancelled');
    expect(service.cancel(started.value)).toBe(false);
    expect(service.cancel('no-such-run')).toBe(false);
  });

  it('refuses a request that would smuggle SMTP commands, as data', () => {
    const service = createProbeService({ onEvent: () => {} });
    const result = service.start({ host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'none' }, sendTestTo: 'me@contoso.example\r\nRCPT TO:<x@evil.example>' });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String), field: 'sendTestTo' } });
    expect(service.running()).toEqual([]);
  });
});
