/**
 * The sign-in channels at the IPC entrance (the real registry and handlers, a copy without
 * an app registration): bad input is refused with the field named and changes nothing, and
 * a test run can never be handed a token by the page.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { pageFailure } from '../../electron/handlers/oauth-handlers';
import { createIpcRegistry } from '../../electron/ipc';
import { API_METHODS, EVENT_METHODS } from '../../shared/contract';
import { testHandlerDeps } from '../fixtures/handler-deps';

const sender = { url: 'file:///app/index.html', fromMainWindow: true };
const registry = () => createIpcRegistry(createHandlers(testHandlerDeps()), { isTrustedSender: (s) => s.fromMainWindow, logger: { error: () => undefined } });

describe('the sign-in channels', () => {
  it('are in the contract: four invoke methods and one push channel', () => {
    expect(API_METHODS).toMatchObject({ signInStatus: 'oauth:status', signIn: 'oauth:sign-in', cancelSignIn: 'oauth:cancel', signOut: 'oauth:sign-out' });
    expect(EVENT_METHODS).toMatchObject({ onSignInEvent: 'oauth:event' });
  });

  it.each([
    ['oauth:status', { presetId: 'gmail' }, 'presetId'],
    ['oauth:sign-in', { signInId: 'sign-in-1', flow: 'browser' }, 'signInId'],
    ['oauth:sign-in', { signInId: randomUUID(), flow: 'popup' }, 'flow'],
    ['oauth:sign-in', { signInId: randomUUID(), flow: 'browser', loginHint: 'sam@contoso.com\r\nRCPT TO:<x@y.z>' }, 'loginHint'],
    ['oauth:cancel', { signInId: '../../etc' }, 'signInId'],
    ['oauth:sign-out', { account: 'a b' }, 'account'],
    ['oauth:sign-out', { account: '' }, 'account'],
  ])('%s refuses %j, naming %s', async (channel, request, field) => {
    expect(await registry().invoke(channel, request, sender)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
  });

  it('a refused sign-in changes nothing: its id is still free afterwards', async () => {
    const ipc = registry();
    const signInId = randomUUID();
    expect(await ipc.invoke('oauth:sign-in', { signInId, flow: 'popup' }, sender)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await ipc.invoke('oauth:cancel', { signInId }, sender)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ipc.invoke('oauth:sign-in', { signInId, flow: 'browser' }, sender)).toMatchObject({ ok: true, value: { status: 'failed', failure: { code: 'not-configured' } } });
  });

  it('a test names the account and the address; a token, or the engine’s form with one, is refused', async () => {
    const ipc = registry();
    const base = { host: 'smtp.office365.com', port: 587, security: 'starttls', runId: randomUUID() };
    expect(await ipc.invoke('probe:start', { ...base, auth: { method: 'oauth2', account: 'a.b', address: 'sam@contoso.com', accessToken: 'eyJhbGciOi.eyJzdWIi.c2ln' } }, sender)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'auth.accessToken' },
    });
    expect(await ipc.invoke('probe:start', { ...base, auth: { method: 'oauth2', user: 'sam@contoso.com', accessToken: 'eyJhbGciOi.eyJzdWIi.c2ln' } }, sender)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'auth.account' },
    });
    expect(await ipc.invoke('probe:start', { ...base, auth: { method: 'oauth2', account: 'a.b', address: 'not an address' } }, sender)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'auth.address' },
    });
  });

  it('a failure goes to the page with its code and finding, and nothing token-shaped in its message', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const failure = pageFailure({ code: 'sign-in-again', message: `invalid_grant: refresh failed for ${jwt}`, aadsts: 700082, msalCode: 'invalid_grant' });
    expect(failure).toEqual({ code: 'sign-in-again', findingId: 'auth.oauth-sign-in-again', aadsts: 700082, message: 'invalid_grant: refresh failed for <redacted>' });
  });
});
