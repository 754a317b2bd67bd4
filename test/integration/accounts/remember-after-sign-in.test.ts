/**
 * "Remember" stores a password only after a test that really signed in. A server that
 * ends AUTH with a 2xx other than 235 has not said yes (RFC 4954 §6), so such a run fails
 * and its password stays out of the keychain. Driven through the real IPC registry and
 * handlers, against the lab; only the keychain is the in-memory one.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry } from '../../../electron/ipc';
import type { ProbeEvent, ProbeResult } from '../../../shared/types';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { createMemoryVault } from '../../fixtures/memory-vault';
import { startLab, type Lab, type ScenarioId } from '../../lab';
import { labDeps, labRequest } from '../probe/lab-probe';

const sender = { url: 'file:///app/index.html', fromMainWindow: true };

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

async function testThenSave(id: ScenarioId, remember = true) {
  lab = await startLab(id);
  const l = lab;
  const vault = createMemoryVault();
  const events: ProbeEvent[] = [];
  let finished: (result: ProbeResult) => void = () => {};
  const done = new Promise<ProbeResult>((resolve) => (finished = resolve));
  const handlers = createHandlers(
    testHandlerDeps({
      vault,
      probe: labDeps(l),
      emitProbeEvent: (event) => {
        events.push(event);
        if (event.type === 'done') finished(event.result);
      },
    }),
  );
  const registry = createIpcRegistry(handlers, { isTrustedSender: () => true, logger: { error: () => {} } });
  const runId = randomUUID();
  expect(await registry.invoke('probe:start', { ...labRequest(l), runId }, sender)).toEqual({ ok: true, value: { runId } });
  const result = await done;
  const profile = { name: 'Work', preset: 'custom', address: l.credentials.user, host: 'smtp.office365.com', port: l.port, security: 'starttls', authMethod: 'password' };
  const saved = await registry.invoke('profiles:save', { profile, rememberFromRunId: runId, remember }, sender);
  return { result, saved, vault, events, registry, runId, profile };
}

describe('remember after a test that signed in, and only then', () => {
  it.each<ScenarioId>(['auth-reply-250', 'auth-reply-2', 'auth-reply-282'])('%s: the run fails and the password is not stored', async (id) => {
    const { result, saved, vault } = await testThenSave(id);
    expect(result.verdict).toBe('fail');
    expect(result.stages.find((s) => s.id === 'auth')).toMatchObject({ status: 'fail', detail: { code: 'auth.unexpected-reply' }, findings: ['auth.unexpected-reply'] });
    expect(result.findings[0]).toBe('auth.unexpected-reply');
    expect(saved).toMatchObject({ ok: true, value: { remembered: 'test-not-passed' } });
    expect([...vault.entries.keys()]).toEqual([]);
  });

  it('the same path stores the password after a real 235', async () => {
    const { result, saved, vault } = await testThenSave('healthy');
    expect(result.verdict).toBe('pass');
    expect(saved).toMatchObject({ ok: true, value: { remembered: 'saved' } });
    expect(vault.entries.get(lab?.credentials.user ?? '')).toBe(lab?.credentials.password);
  });

  it('quotes the odd reply in the stage detail and the fact, for the message to IT', async () => {
    const { result } = await testThenSave('auth-reply-282');
    const auth = result.stages.find((s) => s.id === 'auth');
    expect(auth?.detail).toEqual({ code: 'auth.unexpected-reply', params: { mechanism: 'LOGIN', reply: '282 weird' } });
    expect(auth?.evidence).toContainEqual({ kind: 'fact', fact: 'auth-unexpected-reply', detail: '282 weird', params: { reply: '282 weird', mechanism: 'LOGIN' } });
  });

  it('"forget everything" also forgets a password still held for a recent test', async () => {
    // Saved without "remember" first: the run's password is still held in memory.
    const { registry, runId, profile, vault, saved } = await testThenSave('healthy', false);
    expect(saved).toMatchObject({ ok: true, value: { remembered: 'not-ticked' } });
    expect(await registry.invoke('profiles:forget-all', undefined, sender)).toMatchObject({ ok: true, value: { profilesRemoved: 1, secretsRemoved: 0 } });
    const again = await registry.invoke('profiles:save', { profile, rememberFromRunId: runId, remember: true }, sender);
    expect(again).toMatchObject({ ok: true, value: { remembered: 'no-secret' } });
    expect([...vault.entries.keys()]).toEqual([]);
  });
});
