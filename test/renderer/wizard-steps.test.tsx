import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sampleProbeResult, stageResult } from '../fixtures/samples';
import type { ProbeResult } from '../../shared/types';
import { Wizard } from '../../renderer/wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';
import { at } from './wizard-at';

const RUN = '00000000-0000-4000-8000-000000000001';

function Harness({ start, online = true }: { start?: WizardState; online?: boolean }) {
  const [state, dispatch] = useReducer(wizardReducer, start ?? initialWizardState());
  return <Wizard state={state} dispatch={dispatch} online={online} onPasteError={() => undefined} onExport={() => undefined} onSaved={() => undefined} />;
}


const result = (overrides: Partial<ProbeResult> = {}) => sampleProbeResult({ runId: RUN, ...overrides });

describe('address step', () => {
  it('validates as typed and proposes Outlook.com for a personal address, offline too', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={initialWizardState()} online={false} />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveFocus();
    await user.type(input, 'sam@');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.type(input, 'hotmail.com');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('account-kind-name')).toHaveTextContent('Outlook.com or Hotmail');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The settings are Outlook.com's own: straight to signing in; Back shows them.
    expect(screen.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toHaveFocus();
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('smtp-mail.outlook.com')).toBeInTheDocument();
  });

  it('takes main’s answer for the domain, says why, and lets the person choose another kind', async () => {
    const checkDomain = vi.fn(async () => ({
      ok: true as const,
      value: {
        domain: 'contoso.com',
        provider: 'microsoft365' as const,
        mx: { status: 'found' as const, hosts: [], microsoft365: true, protectionHost: 'contoso-com.mail.protection.outlook.com', outlookCom: false },
        spf: { status: 'none' as const, record: null, includesMicrosoft: false },
        autodiscover: { status: 'none' as const, target: null, microsoft: false },
        dmarc: { status: 'none' as const, record: null, policy: null },
        notes: [],
        durationMs: 3,
      },
    }));
    installFakeApi({ checkDomain });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={initialWizardState()} />);
    await user.keyboard('sam@contoso.com');
    expect(await screen.findByTestId('account-kind-name')).toHaveTextContent('Microsoft 365 work or school account');
    // Main gets the whole address, so Microsoft's Autodiscover service can settle an unclear domain.
    expect(checkDomain).toHaveBeenCalledWith({ domain: 'sam@contoso.com' });
    expect(screen.getByTestId('domain-check')).toHaveTextContent('contoso.com uses Microsoft 365.');
    await user.click(screen.getByRole('button', { name: 'Choose another kind of account' }));
    // The pressed button went away: focus is on the kind already chosen, not the page body.
    expect(screen.getByRole('radio', { name: /Microsoft 365 work or school account/ })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: /A printer, scanner or app sending for the organisation/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // A relay has no fixed server: the settings step shows the tenant's MX host from the check.
    expect(screen.getByRole('heading', { level: 1, name: 'Recommended settings' })).toHaveFocus();
    expect(screen.getByText('contoso-com.mail.protection.outlook.com')).toBeInTheDocument();
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
  });

  it('a slow domain check never holds the person up: they can choose the kind while it runs', async () => {
    installFakeApi({ checkDomain: vi.fn(() => new Promise<never>(() => undefined)) });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={initialWizardState()} />);
    await user.keyboard('sam@slow.example');
    await user.click(await screen.findByRole('button', { name: 'Choose the kind of account yourself' }));
    // Nothing chosen yet: focus on the first kind, not the page body.
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Another mail server/ }));
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
  });

  it('refuses an address the exports could not use, with a plain message', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'address' }, { address: '' })} />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    await user.type(input, 'sam..lee@contoso.com');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('That does not look like a complete email address yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'sam.lee@contoso.com');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
  });
});

describe('settings step', () => {
  it('shows the recommended values with reasons and explains that 465 does not work at Microsoft', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'settings', advanced: false })} />);
    expect(screen.getByText('smtp.office365.com')).toBeInTheDocument();
    expect(screen.getByText(/standard port for sending with sign-in/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change these settings' }));
    const port = screen.getByRole('spinbutton', { name: 'Port' });
    await user.clear(port);
    await user.type(port, '465');
    expect(screen.getByRole('combobox', { name: 'Security' })).toHaveValue('tls');
    expect(screen.getByRole('alert')).toHaveTextContent('Microsoft does not offer port 465');
    await user.click(screen.getByRole('button', { name: 'Use port 587' }));
    expect(screen.getByRole('combobox', { name: 'Security' })).toHaveValue('starttls');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes back with Escape and keeps what was typed', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'settings', advanced: false })} />);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1, name: 'What is your email address?' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('sam@contoso.com');
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
  });
});

describe('sign-in step', () => {
  it('masks the password with a show toggle and says plainly when Sign in with Microsoft is not set up', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'signin', showPassword: false }, { password: '' })} />);
    const password = screen.getByLabelText('Password', { exact: true });
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('checkbox', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    // Listed first, and for Microsoft 365 the password choice says when Microsoft switches it off.
    const radios = screen.getAllByRole('radio');
    expect(radios[0]).toHaveAccessibleName(/Sign in with Microsoft/);
    expect(screen.getByRole('radio', { name: /With my password/ })).toHaveAccessibleDescription(/end of December 2026/);
    await user.click(screen.getByRole('radio', { name: /Sign in with Microsoft/ }));
    expect(await screen.findByText('Microsoft sign-in is not set up in this copy')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Test without signing in/ }));
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
  });
});

describe('test step', () => {
  it('streams stage progress into the timeline and the live region, then shows the result', async () => {
    const { api, emit } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'test', run: { status: 'idle' } })} />);
    await user.click(screen.getByRole('button', { name: 'Start the test' }));
    expect(api.startProbe).toHaveBeenCalledWith(expect.objectContaining({ host: 'smtp.office365.com', auth: expect.objectContaining({ method: 'password' }) }));
    // The page names the run itself, before main has answered.
    const runId = vi.mocked(api.startProbe).mock.calls[0]![0].runId;
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel the test' })).toBeInTheDocument());
    act(() => emit({ runId, type: 'stage-start', stage: 'connect', atMs: 1 }));
    act(() =>
      emit({ runId, type: 'stage-end', stage: { id: 'connect', status: 'pass', startedAtMs: 1, durationMs: 42, detail: { code: 'text', params: { text: '' } }, evidence: [], findings: [] } }),
    );
    expect(screen.getByTestId('stage-connect')).toHaveAttribute('data-status', 'pass');
    expect(screen.getByTestId('stage-connect')).toHaveTextContent('42 ms');
    expect(screen.getByTestId('progress-announcement')).toHaveTextContent('Reach the mail server: Done');
    // An event from another run changes nothing.
    act(() => emit({ runId: 'ffffffff-0000-4000-8000-000000000000', type: 'stage-start', stage: 'greeting', atMs: 2 }));
    expect(screen.getByTestId('stage-greeting')).toHaveAttribute('data-status', 'pending');
    await user.click(screen.getByRole('button', { name: 'Cancel the test' }));
    expect(api.cancelProbe).toHaveBeenCalledWith({ runId });
    act(() => emit({ runId, type: 'done', result: result({ verdict: 'cancelled' }) }));
    expect(screen.getByRole('heading', { level: 1, name: 'The test was cancelled' })).toHaveFocus();
  });

  it('says what it cannot do offline and offers the offline tools', () => {
    installFakeApi();
    renderWithI18n(<Harness start={at({ name: 'test', run: { status: 'idle' } })} online={false} />);
    expect(screen.getByRole('heading', { level: 1, name: 'You are offline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check an error message instead' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the test' })).toBeNull();
  });
});

describe('result step', () => {
  it('shows the top finding with steps, a message for IT and the transcript folded', () => {
    installFakeApi();
    const failed = result({
      verdict: 'fail',
      findings: ['auth.smtp-auth-disabled-tenant'],
      stages: [
        {
          id: 'auth',
          status: 'fail',
          startedAtMs: 10,
          durationMs: 5,
          detail: { code: 'text', params: { text: '' } },
          evidence: [{ kind: 'reply', command: 'AUTH LOGIN', code: 535, enhanced: '5.7.139', text: 'Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' }],
          findings: ['auth.smtp-auth-disabled-tenant'],
        },
      ],
    });
    renderWithI18n(<Harness start={at({ name: 'result', result: failed })} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sending does not work yet' })).toHaveFocus();
    expect(screen.getByTestId('admin-message')).toHaveTextContent('Set-CASMailbox');
    expect(screen.getByTestId('admin-message')).toHaveTextContent('sam@contoso.com');
    expect(screen.getByRole('button', { name: 'Copy message for IT' })).toBeInTheDocument();
    const transcript = screen.getByText('Technical details (what was said on the connection)').closest('details');
    expect(transcript).not.toHaveAttribute('open');
  });

  it('lists what each stage saw in words made from its detail code, server text as it came', () => {
    installFakeApi();
    const failed = result({
      verdict: 'fail',
      stages: [
        { id: 'ehlo-tls', status: 'pass', startedAtMs: 1, durationMs: 2, detail: { code: 'ehlo.auth-offered', params: { count: 8, mechanisms: 'LOGIN XOAUTH2' } }, evidence: [], findings: [] },
        { id: 'auth', status: 'fail', startedAtMs: 3, durationMs: 4, detail: { code: 'auth.unexpected-reply', params: { mechanism: 'LOGIN', reply: '250 OK' } }, evidence: [], findings: [] },
        { id: 'data', status: 'skipped', startedAtMs: 5, durationMs: 0, detail: { code: 'skipped', params: { reason: 'earlier-failure' } }, evidence: [], findings: [] },
      ],
    });
    renderWithI18n(<Harness start={at({ name: 'result', result: failed })} />);
    expect(screen.getByTestId('stage-detail-ehlo-tls')).toHaveTextContent('8 extensions, AUTH LOGIN XOAUTH2');
    expect(screen.getByTestId('stage-detail-auth')).toHaveTextContent('LOGIN: 250 OK (sign-in succeeds only with 235)');
    expect(screen.getByTestId('stage-detail-data')).toHaveTextContent('not run: an earlier stage failed');
    expect(screen.getByTestId('stage-auth')).toHaveTextContent('Sign in');
  });

  it('offers to save the settings after a success', () => {
    installFakeApi();
    renderWithI18n(<Harness start={at({ name: 'result', result: result({ stages: [stageResult('auth', 'pass')] }) })} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sending works' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Save these settings' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Remember my password/ })).toBeInTheDocument();
  });
});
