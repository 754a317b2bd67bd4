import { describe, expect, it } from 'vitest';
import { sampleProbeResult } from '../fixtures/samples';
import type { ProbeResult } from '../../shared/types';
import { buildProbeRequest } from '../../renderer/wizard/probe-request';
import { initialWizardState, STEP_ORDER, wizardReducer, type WizardAction, type WizardState } from '../../renderer/wizard/wizard-state';

const run = (actions: WizardAction[], start: WizardState = initialWizardState()) => actions.reduce(wizardReducer, start);
const RUN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const result = (overrides: Partial<ProbeResult> = {}) => sampleProbeResult({ runId: RUN, ...overrides });

const toTest: WizardAction[] = [
  { type: 'choose-preset', preset: 'microsoft365' },
  { type: 'go', to: 'address' },
  { type: 'edit', patch: { address: 'sam@contoso.com' } },
  { type: 'go', to: 'settings' },
  { type: 'go', to: 'signin' },
  { type: 'edit', patch: { authMethod: 'password', password: 'pw-canary' } },
  { type: 'go', to: 'test' },
];

describe('wizard reducer', () => {
  it('fills the recommended Microsoft 365 settings from the preset, Sign in with Microsoft first', () => {
    const { form } = run([{ type: 'choose-preset', preset: 'microsoft365' }]);
    expect(form).toMatchObject({ host: 'smtp.office365.com', port: 587, security: 'starttls', authMethod: 'oauth2' });
    // Other servers keep the password as the first choice.
    expect(run([{ type: 'choose-preset', preset: 'smart-host' }]).form.authMethod).toBe('password');
  });

  it('keeps the Microsoft account only for the kind of account it signed in for', () => {
    const account = { key: 'k.t', username: 'sam@contoso.com', displayName: null, tenantId: 't' };
    const signedIn = run([{ type: 'choose-preset', preset: 'microsoft365' }, { type: 'oauth-account', account }]);
    expect(signedIn.form.oauthAccount).toEqual(account);
    expect(run([{ type: 'choose-preset', preset: 'microsoft365' }], signedIn).form.oauthAccount).toEqual(account);
    expect(run([{ type: 'choose-preset', preset: 'outlook-com' }], signedIn).form.oauthAccount).toBeNull();
  });

  it('keeps what was typed across Back and Next', () => {
    const state = run([...toTest, { type: 'go', to: 'signin' }, { type: 'go', to: 'address' }, { type: 'go', to: 'settings' }]);
    expect(state.step.name).toBe('settings');
    expect(state.form.address).toBe('sam@contoso.com');
    expect(state.form.password).toBe('pw-canary');
  });

  it('sets the matching security when the port changes', () => {
    expect(run([{ type: 'set-port', port: 465 }]).form.security).toBe('tls');
    expect(run([{ type: 'set-port', port: 465 }, { type: 'set-port', port: 587 }]).form.security).toBe('starttls');
  });

  it('points relay accounts at the tenant’s Microsoft MX host', () => {
    const state = run([
      { type: 'choose-preset', preset: 'microsoft365-relay' },
      { type: 'edit', patch: { address: 'scanner@contoso.co.uk' } },
      { type: 'go', to: 'settings' },
    ]);
    expect(state.form).toMatchObject({ host: 'contoso-co-uk.mail.protection.outlook.com', port: 25, authMethod: 'none' });
  });

  it('streams stage events of its own run and ignores stale runs', () => {
    let state = run([...toTest, { type: 'probe-starting', runId: RUN, plan: ['resolve', 'connect'] }, { type: 'probe-started', runId: RUN }]);
    state = wizardReducer(state, { type: 'probe-event', event: { runId: OTHER, type: 'stage-start', stage: 'resolve', atMs: 0 } });
    expect(state.step).toMatchObject({ run: { stages: [{ id: 'resolve', status: 'pending' }, { id: 'connect', status: 'pending' }] } });
    state = wizardReducer(state, { type: 'probe-event', event: { runId: RUN, type: 'stage-start', stage: 'resolve', atMs: 0 } });
    state = wizardReducer(state, {
      type: 'probe-event',
      event: { runId: RUN, type: 'stage-end', stage: { id: 'resolve', status: 'pass', startedAtMs: 0, durationMs: 12, detail: { code: 'text', params: { text: '' } }, evidence: [], findings: [] } },
    });
    expect(state.step).toMatchObject({ run: { stages: [{ id: 'resolve', status: 'pass', durationMs: 12 }, { id: 'connect', status: 'pending' }] } });
    const stale = wizardReducer(state, { type: 'probe-event', event: { runId: OTHER, type: 'done', result: result({ runId: OTHER }) } });
    expect(stale).toBe(state);
  });

  it('shows the result and forgets the password once the test passed', () => {
    let state = run([...toTest, { type: 'probe-starting', runId: RUN, plan: [] }, { type: 'probe-started', runId: RUN }]);
    state = wizardReducer(state, { type: 'probe-event', event: { runId: RUN, type: 'done', result: result() } });
    expect(state.step.name).toBe('result');
    expect(JSON.stringify(state)).not.toContain('pw-canary');
  });

  it('does not leave a running test by navigation', () => {
    const running = run([...toTest, { type: 'probe-starting', runId: RUN, plan: [] }, { type: 'probe-started', runId: RUN }]);
    expect(wizardReducer(running, { type: 'go', to: 'settings' })).toBe(running);
  });

  it('builds the probe request with the address as user name and the test message only when asked', () => {
    const { form } = run(toTest);
    expect(buildProbeRequest(form)).toEqual({
      host: 'smtp.office365.com',
      port: 587,
      security: 'starttls',
      auth: { method: 'password', user: 'sam@contoso.com', password: 'pw-canary' },
      presetId: 'microsoft365',
    });
    expect(buildProbeRequest({ ...form, sendTestMessage: true }).sendTestTo).toBe('sam@contoso.com');
    expect(buildProbeRequest({ ...form, authMethod: 'none' }).auth).toEqual({ method: 'none' });
  });

  it('names the signed-in Microsoft account by key and the address typed, never a token', () => {
    const { form } = run(toTest);
    const account = { key: 'uid.tid', username: 'bob@contoso.com', displayName: 'Bob', tenantId: 'tid' };
    const request = buildProbeRequest({ ...form, authMethod: 'oauth2', oauthAccount: account, sendTestMessage: true });
    expect(request.auth).toEqual({ method: 'oauth2', account: 'uid.tid', address: 'sam@contoso.com' });
    expect(request.sendTestTo).toBe('sam@contoso.com');
    // Not signed in yet: nothing to sign in with.
    expect(buildProbeRequest({ ...form, authMethod: 'oauth2', oauthAccount: null }).auth).toEqual({ method: 'none' });
  });

  it('takes the events of its run before main has answered the start (the page chose the id)', () => {
    let state = run([...toTest, { type: 'probe-starting', runId: RUN, plan: ['resolve', 'connect'] }]);
    state = wizardReducer(state, { type: 'probe-event', event: { runId: RUN, type: 'stage-start', stage: 'resolve', atMs: 0 } });
    expect(state.step).toMatchObject({ run: { status: 'starting', stages: [{ id: 'resolve', status: 'running' }, { id: 'connect', status: 'pending' }] } });
    state = wizardReducer(state, { type: 'probe-started', runId: RUN });
    expect(state.step).toMatchObject({ run: { status: 'running', runId: RUN, stages: [{ id: 'resolve', status: 'running' }, { id: 'connect', status: 'pending' }] } });
    // A run so fast that "done" beats main's answer: the late answer changes nothing.
    const done = wizardReducer(run([...toTest, { type: 'probe-starting', runId: RUN, plan: [] }]), { type: 'probe-event', event: { runId: RUN, type: 'done', result: result() } });
    expect(done.step.name).toBe('result');
    expect(wizardReducer(done, { type: 'probe-started', runId: RUN })).toBe(done);
  });

  it('owns the lifecycle: a refused start is an error for that run only, and a new test starts from the result', () => {
    const starting = run([...toTest, { type: 'probe-starting', runId: RUN, plan: [] }]);
    expect(wizardReducer(starting, { type: 'probe-failed-to-start', runId: OTHER, message: 'stale' })).toBe(starting);
    expect(wizardReducer(starting, { type: 'probe-failed-to-start', runId: RUN, message: 'this run id was already used' }).step).toEqual({
      name: 'test',
      run: { status: 'error', message: 'this run id was already used' },
    });
    expect(wizardReducer(starting, { type: 'probe-starting', runId: OTHER, plan: [] })).toBe(starting);
    const finished = wizardReducer(starting, { type: 'probe-event', event: { runId: RUN, type: 'done', result: result() } });
    const again = wizardReducer(finished, { type: 'probe-starting', runId: OTHER, plan: ['resolve'] });
    expect(again.step).toEqual({ name: 'test', run: { status: 'starting', runId: OTHER, stages: [{ id: 'resolve', status: 'pending' }] } });
  });

  it('moves Back and Next along STEP_ORDER, and never into the result by navigation', () => {
    let state = run([{ type: 'choose-preset', preset: 'microsoft365' }]);
    const seen: string[] = [state.step.name];
    for (let i = 0; i < STEP_ORDER.length; i++) {
      state = wizardReducer(state, { type: 'next' });
      seen.push(state.step.name);
    }
    expect(seen).toEqual(['account', 'address', 'settings', 'signin', 'test', 'test', 'test']);
    const back: string[] = [];
    for (let i = 0; i < STEP_ORDER.length; i++) {
      state = wizardReducer(state, { type: 'back' });
      back.push(state.step.name);
    }
    expect(back).toEqual(['signin', 'settings', 'address', 'account', 'account', 'account']);
    const atResult: WizardState = { ...state, step: { name: 'result', result: result() } };
    expect(wizardReducer(atResult, { type: 'back' }).step).toEqual({ name: 'test', run: { status: 'idle' } });
  });
});

