import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/result';
import type { ProbeEvent, ProbeRequest } from '../../../shared/types';
import { createRunsService, type RunsServiceDeps } from '../../../electron/runs/runs-service';
import { createMemoryVault } from '../../fixtures/memory-vault';
import { startLab, type Lab } from '../../lab';
import { labDeps, labRequest } from '../probe/lab-probe';

let labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.map((lab) => lab.close()));
  labs = [];
});

const service = (deps: Partial<RunsServiceDeps> = {}) => createRunsService({ onEvent: () => {}, vault: createMemoryVault(), ...deps });

describe('runs service', () => {
  it('starts runs by id, streams their events on one sink, and keeps secrets out', async () => {
    const lab = await startLab('healthy');
    labs.push(lab);
    const events: ProbeEvent[] = [];
    const runs = service({ probe: labDeps(lab), onEvent: (event) => events.push(event) });
    const [firstId, secondId] = [randomUUID(), randomUUID()];
    const first = await runs.start(firstId, labRequest(lab));
    const second = await runs.start(secondId, labRequest(lab, {}, 'oauth'));
    if (!first.ok || !second.ok) throw new Error('start failed');
    expect(first.value.runId).toBe(firstId);
    expect(first.value.runId).not.toBe(second.value.runId);
    expect(runs.running().sort()).toEqual([firstId, secondId].sort());

    const [a, b] = await Promise.all([runs.result(firstId), runs.result(secondId)]);
    expect(a?.verdict).toBe('pass');
    expect(b?.verdict).toBe('pass');
    expect(a?.runId).toBe(firstId);
    expect(runs.running()).toEqual([]);
    expect(events.filter((e) => e.type === 'done').map((e) => e.runId).sort()).toEqual([firstId, secondId].sort());
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(lab.credentials.password);
    expect(everything).not.toContain(lab.credentials.accessToken);
  });

  it('cancels a run by id', async () => {
    const lab = await startLab('greeting-timeout');
    labs.push(lab);
    const runs = service({ probe: labDeps(lab) });
    const runId = randomUUID();
    const started = await runs.start(runId, labRequest(lab));
    if (!started.ok) throw new Error('start failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs.cancel(runId)).toEqual(ok({ cancelled: true }));
    expect((await runs.result(runId))?.verdict).toBe('cancelled');
    expect(runs.cancel(runId)).toEqual(ok({ cancelled: false }));
    expect(runs.cancel('no-such-run')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a request that would smuggle SMTP commands, as data', async () => {
    const runs = service();
    const result = await runs.start(randomUUID(), { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'none' }, sendTestTo: 'me@contoso.example\r\nRCPT TO:<x@evil.example>' });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String), field: 'sendTestTo' } });
    expect(runs.running()).toEqual([]);
  });

  it('refuses a run id it has seen before, even once that run is over', async () => {
    const lab = await startLab('healthy');
    labs.push(lab);
    const runs = service({ probe: labDeps(lab) });
    const runId = randomUUID();
    expect((await runs.start(runId, labRequest(lab, {}, 'none'))).ok).toBe(true);
    expect(await runs.start(runId, labRequest(lab, {}, 'none'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
    await runs.result(runId);
    expect(await runs.start(runId, labRequest(lab, {}, 'none'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
  });

  it('resolves the credential before it probes, and reports a refusal as data without probing', async () => {
    const lab = await startLab('healthy');
    labs.push(lab);
    const seen: ProbeRequest[] = [];
    const runs = service({
      probe: labDeps(lab),
      // What the OAuth service will do: hand the engine a fresh token for the signed-in user.
      resolveAuth: async (request) => {
        seen.push(request as ProbeRequest);
        if (request.auth.method !== 'oauth2') return { ok: false, error: { code: 'CANCELLED', message: 'sign-in was cancelled' } };
        return ok({ kind: 'probe', request: { ...request, auth: { method: 'oauth2', user: lab.credentials.user, accessToken: lab.credentials.accessToken } } });
      },
    });
    const runId = randomUUID();
    // The page names an account and sends no token; the lab accepts only the one resolveAuth supplies.
    const started = await runs.start(runId, { ...labRequest(lab), auth: { method: 'oauth2', account: 'lab-alice.tenant', address: lab.credentials.user } });
    expect(started).toEqual(ok({ runId }));
    expect((await runs.result(runId))?.verdict).toBe('pass');
    expect(await runs.start(randomUUID(), labRequest(lab))).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'sign-in was cancelled' } });
    expect(seen).toHaveLength(2);
    expect(lab.log.filter((line) => line.startsWith('C: EHLO')).length).toBe(2);
  });

  it('can cancel while the credential is still being resolved', async () => {
    let release: () => void = () => {};
    const runs = service({ resolveAuth: (request) => new Promise((resolve) => (release = () => resolve(ok({ kind: 'probe', request: request as ProbeRequest })))) });
    const runId = randomUUID();
    const starting = runs.start(runId, { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'none' } });
    expect(runs.cancel(runId)).toEqual(ok({ cancelled: true }));
    release();
    expect(await starting).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(runs.result(runId)).toBeUndefined();
  });
});
