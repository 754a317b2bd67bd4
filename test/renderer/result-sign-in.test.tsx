/**
 * The result page after Microsoft sign-in: a run whose sign-in failed before the test shows
 * the sign-in's own words and "Sign in again" (which signs the failed account out first); a
 * token the mail server refused does too; a run that never signed in never says "Sending works".
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { signInFailedResult } from '../../shared/sign-in-result';
import type { ProbeResult } from '../../shared/types';
import { SignInFailureView } from '../../renderer/wizard/signin/SignInFailureView';
import { Wizard } from '../../renderer/wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';
import { sampleProbeResult, stageResult } from '../fixtures/samples';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';
import { expectFailureWords } from './sign-in-expect';

const ALICE = { key: 'lab-alice.tenant', username: 'alice@contoso.example', displayName: null, tenantId: 'tenant' };
const request = { host: 'smtp.office365.com', port: 587, security: 'starttls' as const, auth: { method: 'oauth2' as const, user: ALICE.username } };

function Harness({ result }: { result: ProbeResult }) {
  const start: WizardState = {
    ...[{ type: 'choose-preset', preset: 'microsoft365' } as const, { type: 'edit', patch: { address: ALICE.username } } as const, { type: 'oauth-account', account: ALICE } as const].reduce(
      wizardReducer,
      initialWizardState(),
    ),
    step: { name: 'result', result },
  };
  const [state, dispatch] = useReducer(wizardReducer, start);
  return <Wizard state={state} dispatch={dispatch} online onPasteError={() => undefined} onExport={() => undefined} onSaved={() => undefined} />;
}

const failed = (code: 'sign-in-again' | 'unreachable') =>
  signInFailedResult({ runId: 'r1', request, failure: { code, message: `${code}: details`, ...(code === 'sign-in-again' ? { aadsts: 700082 } : {}) }, durationMs: 9, startedAt: new Date() });

describe('the result after Microsoft sign-in', () => {
  it('an expired sign-in says so, with the details for IT, and "Sign in again" signs that account out and opens the sign-in step', async () => {
    const { api } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness result={failed('sign-in-again')} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sending does not work yet' })).toBeInTheDocument();
    expectFailureWords('auth.oauth-sign-in-again', 'Your saved Microsoft sign-in has expired or was removed. Please sign in again.');
    expect(screen.getByTestId('sign-in-details')).toHaveTextContent('sign-in-again (AADSTS700082)');
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(api.signOut).toHaveBeenCalledWith({ account: ALICE.key });
    expect(await screen.findByRole('heading', { level: 1, name: 'How do you sign in?' })).toHaveFocus();
  });

  it('an unreachable sign-in service is "test again", not a new sign-in', () => {
    installFakeApi();
    renderWithI18n(<Harness result={failed('unreachable')} />);
    expectFailureWords('auth.oauth-unreachable', /cannot reach Microsoft’s sign-in service/);
    expect(screen.getByRole('button', { name: 'Test again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  });

  it('the failure card: the catalogue’s card when it knows the finding, else the sign-in’s sentence; the details for IT either way', () => {
    installFakeApi();
    // auth.oauth-token-rejected is in the catalogue today (the sign-in findings will be); an unknown id is not.
    const known = { code: 'server-error' as const, findingId: 'auth.oauth-token-rejected', message: 'm' };
    const { unmount } = renderWithI18n(<SignInFailureView failure={known} address={ALICE.username} />);
    expect(screen.getByRole('heading', { name: 'Microsoft sign-in worked, but the mail server refused it' })).toBeInTheDocument();
    expect(screen.getByTestId('sign-in-details')).toHaveTextContent('server-error');
    unmount();
    renderWithI18n(<SignInFailureView failure={{ ...known, findingId: 'auth.oauth-not-in-any-catalogue' }} address={ALICE.username} />);
    expect(screen.getByRole('heading', { name: 'Sign-in did not work' })).toBeInTheDocument();
    expect(screen.getByText(/sign-in service answered with an error/)).toBeInTheDocument();
    expect(screen.getByTestId('sign-in-details')).toBeInTheDocument();
  });

  it('a token the mail server refused shows the catalogue’s finding and offers a new sign-in', () => {
    installFakeApi();
    const refused = sampleProbeResult({ request, verdict: 'fail', stages: [stageResult('auth', 'fail', ['auth.oauth-token-rejected'])], findings: ['auth.oauth-token-rejected'] });
    renderWithI18n(<Harness result={refused} />);
    expect(screen.getByRole('heading', { name: 'Microsoft sign-in worked, but the mail server refused it' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
  });

  it('a pass that never signed in is "reachable and secure — your account was not checked", and says what was not', () => {
    installFakeApi();
    const unchecked = sampleProbeResult({
      request: { ...request, auth: { method: 'none' } },
      stages: [stageResult('connect', 'pass'), stageResult('greeting', 'pass'), stageResult('starttls', 'pass'), stageResult('auth', 'skipped')],
    });
    renderWithI18n(<Harness result={unchecked} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The server is reachable and secure — your account was not checked' })).toBeInTheDocument();
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute('data-tone', 'info');
    const signIn = screen.getByTestId('verdict-summary').querySelector('[data-item="sign-in"]');
    expect(signIn).toHaveTextContent('Not checked');
    expect(signIn).toHaveTextContent('this test did not sign in');
    expect(screen.queryByRole('heading', { name: 'Sending works' })).toBeNull();
  });

  it('a warning has its own look, not the failure’s', () => {
    installFakeApi();
    const warned = sampleProbeResult({ request, verdict: 'warn', stages: [stageResult('connect', 'pass'), stageResult('starttls', 'warn'), stageResult('auth', 'pass')] });
    renderWithI18n(<Harness result={warned} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sending works, with a warning' })).toBeInTheDocument();
    expect(screen.getByTestId('verdict-summary')).toHaveAttribute('data-tone', 'warning');
  });
});
