/**
 * Every state of "Sign in with Microsoft" on the sign-in step, through the fake
 * `window.mailSetup` (the renderer's only boundary): not set up (with the page for IT),
 * ready, waiting in the browser (Cancel), a code to type, signed in (and not the address
 * typed), failed with what to do. Focus follows each action; progress is announced.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SignedInAccount } from '../../shared/oauth';
import type { SignInAttempt, SignInStatus } from '../../shared/sign-in-ipc';
import { Wizard } from '../../renderer/wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';
import { expectFailureWords, expectFocusOnFailure } from './sign-in-expect';

const ALICE: SignedInAccount = { key: 'lab-alice.tenant', username: 'alice@contoso.example', displayName: 'Alice Lab', tenantId: 'tenant' };
const BOB: SignedInAccount = { key: 'lab-bob.tenant', username: 'bob@contoso.example', displayName: null, tenantId: 'tenant' };
const remembering = { remembering: true, problem: null };

function Harness({ start }: { start: WizardState }) {
  const [state, dispatch] = useReducer(wizardReducer, start);
  return (
    <>
      <Wizard state={state} dispatch={dispatch} online onPasteError={() => undefined} onExport={() => undefined} onSaved={() => undefined} />
      <output data-testid="form-account">{state.form.oauthAccount?.username ?? 'none'}</output>
    </>
  );
}

const atSignIn = (preset: 'microsoft365' | 'outlook-com' = 'microsoft365', address = ALICE.username): WizardState => ({
  ...[{ type: 'choose-preset', preset } as const, { type: 'edit', patch: { address } } as const].reduce(wizardReducer, initialWizardState()),
  step: { name: 'signin', showPassword: false },
});

const status = (value: SignInStatus) => vi.fn(async () => ({ ok: true as const, value }));
const answer = () => {
  let settle: (attempt: SignInAttempt) => void = () => {};
  const signIn = vi.fn(() => new Promise<{ ok: true; value: SignInAttempt }>((resolve) => (settle = (value) => resolve({ ok: true, value }))));
  // Awaited inside act, so the page's answer handling has run when the test looks.
  return { signIn, settle: (attempt: SignInAttempt) => act(async () => settle(attempt)) };
};

describe('Sign in with Microsoft on the sign-in step', () => {
  it('not set up: says so in plain words, Continue stays off, and the page for IT has the exact registration', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    expect(screen.getAllByRole('radio')[0]).toBeChecked();
    expect(await screen.findByRole('heading', { name: 'Microsoft sign-in is not set up in this copy' })).toBeInTheDocument();
    expect(screen.getByText(/Until then, you can choose “With my password” above/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'What your IT team needs to do' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Microsoft sign-in for IT' })).toHaveFocus();
    expect(screen.getByText(/no app registration \(client id\) is set up in this copy/)).toBeInTheDocument();
    expect(screen.getByText(/redirect URI http:\/\/localhost/)).toBeInTheDocument();
    expect(screen.getByText(/delegated permission SMTP.Send/)).toBeInTheDocument();
    expect(screen.getByText(/"clientId": "<Application \(client\) ID>"/)).toBeInTheDocument();
    expect(screen.getByText(/v2\.0\/adminconsent\?client_id=<Application \(client\) ID>&scope=https:\/\/outlook\.office\.com\/SMTP\.Send/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toHaveFocus();
  });

  it('Outlook.com offers only Sign in with Microsoft (and testing without signing in)', async () => {
    installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }) });
    renderWithI18n(<Harness start={atSignIn('outlook-com', 'sam@outlook.com')} />);
    const names = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(names).toEqual(['oauth2', 'none']);
    expect(await screen.findByRole('button', { name: 'Sign in with Microsoft' })).toBeInTheDocument();
  });

  it('ready → waiting in the browser (announced, Cancel) → stopped: back to ready, focus on the button', async () => {
    const { signIn, settle } = answer();
    const { api } = installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }), signIn });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    const [request] = signIn.mock.calls[0] as unknown as [{ signInId: string }];
    expect(request).toEqual({ signInId: expect.stringMatching(/^[0-9a-f-]{36}$/), flow: 'browser', presetId: 'microsoft365', loginHint: ALICE.username });
    expect(screen.getByTestId('sign-in-announcement')).toHaveTextContent('Waiting for you to sign in in your browser…');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.cancelSignIn).toHaveBeenCalledWith({ signInId: request.signInId });
    await settle({ status: 'failed', flow: 'browser', failure: { code: 'cancelled', findingId: 'auth.oauth-cancelled', message: 'user_cancelled' } });
    expect(screen.getByRole('button', { name: 'Sign in with Microsoft' })).toHaveFocus();
    expect(screen.getByTestId('sign-in-announcement')).toHaveTextContent('Sign-in was stopped before it finished.');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
  });

  it('signed in: who, that the keychain keeps it, and Continue is on', async () => {
    const { signIn, settle } = answer();
    installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }), signIn });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await settle({ status: 'signed-in', flow: 'browser', account: ALICE, keychain: remembering });
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Signed in with Microsoft as alice@contoso.example.');
    expect(screen.getByTestId('signed-in-as')).toHaveFocus();
    expect(screen.getByText(/kept in this computer’s keychain/)).toBeInTheDocument();
    expect(screen.queryByTestId('account-mismatch')).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
    expect(screen.getByTestId('form-account')).toHaveTextContent(ALICE.username);
  });

  it('reuses a sign-in this computer keeps for the address; another account says so, and "Use a different account" signs it out', async () => {
    const { api } = installFakeApi({ signInStatus: status({ configured: true, accounts: [BOB, ALICE], keychain: { remembering: false, problem: 'locked' } }) });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    expect(await screen.findByTestId('signed-in-as')).toHaveTextContent(ALICE.username);
    expect(screen.getByTestId('not-remembered')).toHaveTextContent(/cannot be remembered on this computer/);

    await user.click(screen.getByRole('button', { name: 'Use a different account' }));
    expect(api.signOut).toHaveBeenCalledWith({ account: ALICE.key });
    expect(await screen.findByRole('button', { name: 'Sign in with Microsoft' })).toHaveFocus();
    expect(screen.getByTestId('form-account')).toHaveTextContent('none');
  });

  it('an account that is not the address typed is named before the test (shared mailbox or wrong account)', async () => {
    const { signIn, settle } = answer();
    installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }), signIn });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn('microsoft365', 'shared@contoso.example')} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await settle({ status: 'signed-in', flow: 'browser', account: BOB, keychain: remembering });
    expect(screen.getByTestId('account-mismatch')).toHaveTextContent(
      'You are signed in as bob@contoso.example, but the address to test is shared@contoso.example. The test signs in as bob@contoso.example',
    );
    expect(screen.getByRole('button', { name: 'Use a different account' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByTestId('test-account-mismatch')).toHaveTextContent(/signed in as bob@contoso.example/);
  });

  it('with a code: the page to open and the code (with copy), events of another sign-in ignored', async () => {
    const { signIn, settle } = answer();
    const { emitSignIn } = installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }), signIn });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in with a code instead' }));
    const [{ signInId }] = signIn.mock.calls[0] as unknown as [{ signInId: string }];
    expect(screen.getByTestId('device-code-view')).toHaveFocus();
    expect(screen.getByTestId('device-code-view')).toHaveTextContent('Getting a sign-in code from Microsoft…');
    act(() => emitSignIn({ signInId: 'ffffffff-0000-4000-8000-000000000000', type: 'device-code', verificationUri: 'https://evil.example', userCode: 'NOPE-NOPE', expiresInS: 900 }));
    expect(screen.queryByText('NOPE-NOPE')).toBeNull();
    act(() => emitSignIn({ signInId, type: 'device-code', verificationUri: 'https://microsoft.com/devicelogin', userCode: 'ABCD-EFGH', expiresInS: 900 }));
    expect(screen.getByTestId('device-code')).toHaveTextContent('ABCD-EFGH');
    expect(screen.getByTestId('device-code-url')).toHaveTextContent('https://microsoft.com/devicelogin');
    expect(screen.getByRole('button', { name: 'Copy the code' })).toBeInTheDocument();
    expect(screen.getByTestId('sign-in-announcement')).toHaveTextContent('To sign in, open https://microsoft.com/devicelogin and enter the code ABCD-EFGH');
    expect(screen.getByText(/works for 15 minutes/)).toBeInTheDocument();
    await settle({ status: 'failed', flow: 'device-code', failure: { code: 'device-code-blocked', findingId: 'auth.oauth-device-code-blocked', aadsts: 53003, message: 'invalid_grant: AADSTS53003: blocked' } });
    expectFocusOnFailure();
    expectFailureWords('auth.oauth-device-code-blocked', /does not allow signing in with a code/);
    expect(screen.getByRole('button', { name: 'Sign in in the browser instead' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in with a code instead' })).toBeNull();
  });

  it('failed: the plain words, what to do, and the details for IT, then Try again', async () => {
    const { signIn, settle } = answer();
    installFakeApi({ signInStatus: status({ configured: true, accounts: [], keychain: remembering }), signIn });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atSignIn()} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await settle({ status: 'failed', flow: 'browser', failure: { code: 'admin-consent-required', findingId: 'auth.oauth-admin-consent-required', aadsts: 90094, message: 'access_denied: AADSTS90094: needs admin' } });
    expectFocusOnFailure();
    expectFailureWords('auth.oauth-admin-consent-required', /needs an administrator to approve this app/);
    expect(screen.getByTestId('sign-in-details')).toHaveTextContent('Microsoft sign-in for alice@contoso.example failed in Mail Setup Assistant: admin-consent-required (AADSTS90094). access_denied: AADSTS90094: needs admin');
    expect(screen.getByRole('button', { name: 'Copy the details' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(signIn).toHaveBeenCalledTimes(2));
  });
});
