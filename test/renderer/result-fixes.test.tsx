/**
 * The result page leads to the fix in place: the primary finding (findings[0]) decides the
 * one next step, the verdict says which mail apps it speaks for, and other findings are
 * shown softly, folded.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DiscoverResult, PortProbe } from '../../shared/discovery';
import type { ProbeResult } from '../../shared/types';
import { Wizard } from '../../renderer/wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';
import { sampleProbeResult, stageResult } from '../fixtures/samples';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';

function Harness({ start }: { start: WizardState }) {
  const [state, dispatch] = useReducer(wizardReducer, start);
  return <Wizard state={state} dispatch={dispatch} online onPasteError={() => undefined} onExport={() => undefined} onSaved={() => undefined} />;
}

const atResult = (result: ProbeResult, port = 587): WizardState => {
  const form = [
    { type: 'edit', patch: { address: 'sam@contoso.onmicrosoft.com', authMethod: 'password', password: 'pw' } },
    ...(port !== 587 ? [{ type: 'set-port', port } as const] : []),
  ] as const;
  return { ...form.reduce(wizardReducer, initialWizardState()), step: { name: 'result', result } };
};

const failed = (findings: string[], request: Partial<ProbeResult['request']> = {}) =>
  sampleProbeResult({ verdict: 'fail', findings, request: { ...sampleProbeResult().request, ...request }, stages: [stageResult('connect', 'fail', findings)] });

const row = (port: number, security: 'starttls' | 'tls', usable: boolean): PortProbe => ({
  port,
  security,
  tried: [security],
  reachability: usable ? 'reachable' : 'blocked',
  tls: usable ? 'verified' : 'not-reached',
  tlsProtocol: usable ? 'TLSv1.3' : null,
  tlsDiagnosis: null,
  authMechanisms: usable ? ['LOGIN', 'XOAUTH2'] : [],
  usable,
  expected: false,
  findings: usable ? [] : ['network.port-blocked'],
  detail: '',
  durationMs: 10,
  runIds: [],
});

function discovered(): DiscoverResult {
  return {
    startedAt: '2026-12-01T10:00:00.000Z',
    durationMs: 1200,
    cancelled: false,
    target: { input: 'sam@contoso.onmicrosoft.com', address: 'sam@contoso.onmicrosoft.com', domain: 'contoso.onmicrosoft.com', host: 'smtp.office365.com', hostSource: 'microsoft365-dns', presetId: 'microsoft365', microsoft: true, relayHost: null },
    network: { state: 'online', interfacesUp: true, lookup: { host: 'smtp.office365.com', outcome: 'resolved', addresses: ['127.0.0.1'], durationMs: 1 }, detail: '' },
    ports: [row(587, 'starttls', false), row(25, 'starttls', true)],
    recommendation: { found: true, host: 'smtp.office365.com', port: 25, security: 'starttls', presetId: 'microsoft365', authMechanisms: ['LOGIN', 'XOAUTH2'], reasons: [] },
    domain: null,
    clock: null,
    findings: ['network.port-blocked'],
    probes: [],
  };
}

describe('the result leads to the fix', () => {
  it('port blocked: finds a port that works right there, then uses it and tests again', async () => {
    const { api } = installFakeApi({ discover: vi.fn(async () => ({ ok: true as const, value: discovered() })) });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atResult(failed(['network.port-blocked']))} />);
    await user.click(screen.getByRole('button', { name: 'Find a port that works' }));
    expect(api.discover).toHaveBeenCalledWith({ input: 'sam@contoso.onmicrosoft.com' });
    const use = await screen.findByRole('button', { name: 'Use port 25 and test again' });
    await waitFor(() => expect(use).toHaveFocus());
    await user.click(use);
    expect(api.startProbe).toHaveBeenCalledWith(expect.objectContaining({ port: 25, security: 'starttls', host: 'smtp.office365.com' }));
  });

  it('465 at Microsoft: one click to 587 with STARTTLS and a new test', async () => {
    const { api } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atResult(failed(['tls.port-465-unsupported'], { port: 465, security: 'tls' }), 465)} />);
    await user.click(screen.getByRole('button', { name: 'Use port 587 with STARTTLS and test again' }));
    expect(api.startProbe).toHaveBeenCalledWith(expect.objectContaining({ port: 587, security: 'starttls' }));
  });

  it('security that does not match the port: the port’s own mode, tested again', async () => {
    const { api } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atResult(failed(['tls.mode-mismatch'], { port: 587, security: 'tls' }))} />);
    await user.click(screen.getByRole('button', { name: 'Use port 587 with STARTTLS and test again' }));
    expect(api.startProbe).toHaveBeenCalledWith(expect.objectContaining({ port: 587, security: 'starttls' }));
  });

  it('wrong password: the password field, with the focus in it', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atResult(failed(['auth.bad-credentials']))} />);
    await user.click(screen.getByRole('button', { name: 'Enter the password again' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password', { exact: true })).toHaveFocus();
  });

  it('password sign-in refused: Sign in with Microsoft is chosen and its button gets the focus', async () => {
    installFakeApi({
      signInStatus: vi.fn(async () => ({ ok: true as const, value: { configured: true as const, accounts: [], keychain: { remembering: true, problem: null } } })),
    });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={atResult(failed(['auth.basic-auth-disabled']))} />);
    await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }));
    expect(screen.getByRole('radio', { name: /Sign in with Microsoft/ })).toBeChecked();
    const panel = screen.getByTestId('microsoft-sign-in');
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Sign in with Microsoft' })).toHaveFocus());
  });
});

describe('one answer, and what it covers', () => {
  it('shows the primary finding in full and the others folded and soft, without a second message for IT', () => {
    installFakeApi();
    renderWithI18n(<Harness start={atResult(failed(['auth.bad-credentials', 'auth.smtp-auth-disabled-mailbox']))} />);
    expect(screen.getByRole('heading', { level: 2, name: /password/i })).toBeInTheDocument();
    const others = screen.getByTestId('other-findings');
    expect(others).not.toHaveAttribute('open');
    expect(within(others).getByText('Other things we noticed (1)')).toBeInTheDocument();
    const soft = others.querySelector('[data-finding="auth.smtp-auth-disabled-mailbox"]');
    expect(soft).toHaveAttribute('data-soft', 'true');
    expect(within(others).queryByTestId('admin-message')).toBeNull();
  });

  it('says which mail apps a pass speaks for: name and password, or Microsoft sign-in', () => {
    installFakeApi();
    const { unmount } = renderWithI18n(<Harness start={atResult(sampleProbeResult({ stages: [stageResult('auth', 'pass')] }))} />);
    expect(screen.getByTestId('verdict-coverage')).toHaveTextContent('a printer, scanner or app that sends through smtp.office365.com with a name and password');
    expect(screen.getByTestId('verdict-coverage')).toHaveTextContent('Outlook and Apple Mail sign in with Microsoft themselves');
    unmount();
    const oauth = sampleProbeResult({ request: { ...sampleProbeResult().request, auth: { method: 'oauth2', user: 'sam@contoso.onmicrosoft.com' } }, stages: [stageResult('auth', 'pass')] });
    renderWithI18n(<Harness start={atResult(oauth)} />);
    expect(screen.getByTestId('verdict-coverage')).toHaveTextContent('mail apps that sign in with Microsoft themselves, such as Outlook and Apple Mail');
  });
});
