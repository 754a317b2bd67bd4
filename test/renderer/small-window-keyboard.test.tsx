/**
 * Small windows and keyboard (issue 14, item 4), component level: every step's buttons sit
 * in the action bar, accessible names are the label only (hints are descriptions), focus
 * moves to what an action brought up, checks that have not run are folded, and the
 * settings step stops calling a changed value "recommended". The browser half (sticky bar
 * in a 720×560 window, focus-ring contrast, axe) is test/e2e/small-window.spec.ts.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DiscoverResult } from '../../shared/discovery';
import { Wizard } from '../../renderer/wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';
import { sampleProbeResult, stageResult } from '../fixtures/samples';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';
import { at } from './wizard-at';

function Harness({ start, online = true, onSetUpMailApp }: { start?: WizardState; online?: boolean; onSetUpMailApp?: () => void }) {
  const [state, dispatch] = useReducer(wizardReducer, start ?? initialWizardState());
  return (
    <Wizard
      state={state}
      dispatch={dispatch}
      online={online}
      onPasteError={() => undefined}
      onExport={() => undefined}
      onSaved={() => undefined}
      onSetUpMailApp={onSetUpMailApp}
    />
  );
}


const actionBar = () => screen.getByTestId('action-bar');

describe('the action bar', () => {
  it('holds Back and the step’s main button on every step', () => {
    installFakeApi();
    const steps: [WizardState['step'], string][] = [
      [{ name: 'settings', advanced: false }, 'Continue'],
      [{ name: 'signin', showPassword: false }, 'Continue'],
      [{ name: 'test', run: { status: 'idle' } }, 'Start the test'],
      [{ name: 'result', result: sampleProbeResult({ stages: [stageResult('auth', 'pass')] }) }, 'Next: export the settings'],
    ];
    for (const [step, main] of steps) {
      const { unmount } = renderWithI18n(<Harness start={at(step)} />);
      expect(within(actionBar()).getByRole('button', { name: 'Back' })).toBeInTheDocument();
      expect(within(actionBar()).getByRole('button', { name: main })).toBeInTheDocument();
      unmount();
    }
    // The address step opens the app: its bar holds Continue, with nothing to go back to.
    renderWithI18n(<Harness />);
    expect(within(actionBar()).getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(within(actionBar()).queryByRole('button', { name: 'Back' })).toBeNull();
  });
});

describe('accessible names are the label only', () => {
  it('names each kind of account by its title and describes it with its hint', async () => {
    // A domain check that has not answered yet: the person chooses the kind of account themselves.
    installFakeApi({ checkDomain: vi.fn(() => new Promise<never>(() => undefined)) });
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    await user.keyboard('sam@slow.example');
    await user.click(await screen.findByRole('button', { name: 'Choose the kind of account yourself' }));
    const m365 = screen.getByRole('radio', { name: 'Microsoft 365 work or school account' });
    expect(m365).toHaveAccessibleName('Microsoft 365 work or school account');
    expect(m365).toHaveAccessibleDescription('Your organisation’s email, for example you@yourcompany.com.');
    expect(screen.getByRole('radio', { name: 'Outlook.com or Hotmail' })).toHaveAccessibleDescription(/personal Microsoft account/);
  });

  it('names each sign-in method and the keychain box by their label; the hint (and the December 2026 note) is the description', () => {
    installFakeApi();
    renderWithI18n(<Harness start={at({ name: 'signin', showPassword: false })} />);
    const password = screen.getByRole('radio', { name: 'With my password' });
    expect(password).toHaveAccessibleName('With my password');
    expect(password).toHaveAccessibleDescription(/The password you use for this email account\..*end of December 2026/);
    expect(screen.getByRole('radio', { name: 'Sign in with Microsoft' })).toHaveAccessibleName('Sign in with Microsoft');
    expect(screen.getByRole('radio', { name: 'Test without signing in' })).toHaveAccessibleDescription(/cannot check your account/);
    const remember = screen.getByRole('checkbox', { name: 'Remember my password in this computer’s keychain' });
    expect(remember).toHaveAccessibleDescription(/Saved only after a successful test/);
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleName('Password');
    // The names stay short: a screen reader no longer reads a paragraph for one radio.
    for (const radio of screen.getAllByRole('radio')) expect((radio.getAttribute('aria-labelledby') ?? '').length).toBeGreaterThan(0);
  });
});

describe('focus follows each action', () => {
  it('keeps focus on the one button that turns from Start into Cancel, then moves it to the result heading', async () => {
    const { api, emit } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'test', run: { status: 'idle' } })} />);
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Start the test' }));
    const runId = vi.mocked(api.startProbe).mock.calls[0]![0].runId;
    const cancel = await screen.findByRole('button', { name: 'Cancel the test' });
    expect(cancel).toHaveFocus();
    act(() => emit({ runId, type: 'done', result: sampleProbeResult({ runId, stages: [stageResult('auth', 'pass')] }) }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sending works' })).toHaveFocus();
  });

  it('moves focus to the saved notice after Save, and to the reason after a failed save', async () => {
    const profile = { id: 'p1', name: 'Work', preset: 'microsoft365' as const, address: 'sam@contoso.com', host: 'smtp.office365.com', port: 587, security: 'starttls' as const, authMethod: 'password' as const };
    const saveProfile = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'disk full' } })
      .mockResolvedValueOnce({ ok: true, value: { profile, remembered: 'not-asked' } });
    installFakeApi({ saveProfile });
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'result', result: sampleProbeResult({ stages: [stageResult('auth', 'pass')] }) })} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('disk full');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('saved-notice')).toHaveFocus());
    expect(screen.getByTestId('saved-notice')).toHaveTextContent('Saved as “Work”.');
  });

  it('moves focus to the port check’s outcome, then to the note that the port is set', async () => {
    const discovered = {
      startedAt: '2026-12-01T00:00:00.000Z',
      durationMs: 10,
      cancelled: false,
      target: { input: 'sam@contoso.com', address: 'sam@contoso.com', domain: 'contoso.com', host: 'smtp.office365.com', hostSource: 'preset', presetId: 'microsoft365', microsoft: true, relayHost: null },
      network: { state: 'online', interfacesUp: true, lookup: { host: 'smtp.office365.com', outcome: 'resolved', addresses: ['127.0.0.1'], durationMs: 1 }, detail: '' },
      ports: [],
      recommendation: { found: true, host: 'smtp.office365.com', port: 587, security: 'starttls', presetId: 'microsoft365', authMechanisms: ['LOGIN'], reasons: [] },
      domain: null,
      clock: null,
      findings: [],
      probes: [],
    } as unknown as DiscoverResult;
    installFakeApi({ discover: vi.fn(async () => ({ ok: true as const, value: discovered })) });
    const user = userEvent.setup();
    const start = at({ name: 'test', run: { status: 'idle' } });
    renderWithI18n(<Harness start={{ ...start, form: { ...start.form, port: 2525 } }} />);
    await user.click(screen.getByRole('button', { name: 'Find working settings' }));
    await waitFor(() => expect(screen.getByTestId('discover-outcome')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Use port 587' }));
    expect(screen.getByTestId('discover-used')).toHaveFocus();
    expect(screen.getByTestId('discover-used')).toHaveTextContent('Port 587 is set. Start the test to try it.');
  });
});

describe('checks that have not run are folded', () => {
  it('folds the plan before a test and the stages still to come while it runs', async () => {
    const { api, emit } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'test', run: { status: 'idle' } })} />);
    const folded = screen.getByTestId('stages-not-run');
    expect(folded.querySelector('details')).not.toHaveAttribute('open');
    expect(folded).toHaveTextContent(/^What the test checks \(\d+\)/);
    expect(screen.getByTestId('stage-connect')).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start the test' }));
    const runId = vi.mocked(api.startProbe).mock.calls[0]![0].runId;
    act(() =>
      emit({ runId, type: 'stage-end', stage: { id: 'connect', status: 'pass', startedAtMs: 1, durationMs: 42, detail: { code: 'text', params: { text: '' } }, evidence: [], findings: [] } }),
    );
    expect(screen.getByTestId('stage-connect')).toBeVisible();
    expect(screen.getByTestId('stages-not-run')).toHaveTextContent(/^Still to check \(\d+\)/);
    expect(screen.getByTestId('stage-greeting')).not.toBeVisible();
  });

  it('folds the checks a failure skipped in the result’s stage list', () => {
    installFakeApi();
    const failed = sampleProbeResult({ verdict: 'fail', stages: [stageResult('connect', 'fail'), stageResult('greeting', 'skipped'), stageResult('ehlo', 'skipped')] });
    renderWithI18n(<Harness start={at({ name: 'result', result: failed })} />);
    expect(screen.getByTestId('stages-not-run')).toHaveTextContent(/^Not checked \(2\)/);
  });
});

describe('the settings step explains the person’s own values', () => {
  it('stops saying "recommended … filled in for you" once a value changes, says what 465 means, and goes back with "Use port 587"', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'settings', advanced: false })} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeInTheDocument();
    expect(screen.getByText(/These are filled in for you/)).toBeInTheDocument();
    expect(screen.queryAllByTestId('changed-from')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Change these settings' }));
    const port = screen.getByRole('spinbutton', { name: 'Port' });
    await user.clear(port);
    await user.type(port, '465');
    expect(screen.getByRole('heading', { level: 1, name: 'Your settings' })).toBeInTheDocument();
    expect(screen.queryByText(/filled in for you/)).toBeNull();
    expect(screen.queryByText(/Recommended settings/)).toBeNull();
    const portRow = screen.getByTestId('settings-port');
    expect(portRow).toHaveTextContent('Changed by you. Recommended: 587.');
    // The finding's own words for port 465 at Microsoft.
    expect(portRow).toHaveTextContent('A port that encrypts from the very start. Microsoft does not offer port 465: the test will not connect.');
    // Choosing 465 set SSL/TLS: that row says it changed from STARTTLS.
    expect(screen.getByTestId('settings-security')).toHaveTextContent('Changed by you. Recommended: STARTTLS.');

    await user.click(screen.getByRole('button', { name: 'Use port 587' }));
    expect(screen.getByTestId('settings-port')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeInTheDocument();
    expect(screen.queryAllByTestId('changed-from')).toHaveLength(0);
  });

  it('explains a security mode that does not match the port, and another server name', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<Harness start={at({ name: 'settings', advanced: true })} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Security' }), 'tls');
    expect(screen.getByTestId('settings-security')).toHaveTextContent('Port 587 normally uses STARTTLS. With SSL/TLS the test will likely stop when encryption starts.');
    const host = screen.getByRole('textbox', { name: 'Server' });
    await user.clear(host);
    await user.type(host, 'mail.example.net');
    expect(screen.getByTestId('settings-server')).toHaveTextContent('Changed by you. Recommended: smtp.office365.com.');
    expect(screen.getByTestId('settings-server')).toHaveTextContent('mail.example.net is not Microsoft’s server for this kind of account.');
  });
});

describe('offline', () => {
  it('offers "Set up a mail app" on the test step, from the form as it is', async () => {
    installFakeApi();
    const user = userEvent.setup();
    const onSetUpMailApp = vi.fn();
    renderWithI18n(<Harness start={at({ name: 'test', run: { status: 'idle' } })} online={false} onSetUpMailApp={onSetUpMailApp} />);
    await user.click(screen.getByRole('button', { name: 'Set up a mail app' }));
    expect(onSetUpMailApp).toHaveBeenCalledTimes(1);
  });
});
