import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppFileSaved } from '../../shared/contract';
import type { OutlookSetupCheck } from '../../shared/export/outlook-check';
import { ExportScreen } from '../../renderer/export/ExportScreen';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';

const found: OutlookSetupCheck = {
  address: 'sam@contoso.com',
  domain: 'contoso.com',
  status: 'found',
  dns: { status: 'microsoft', target: 'autodiscover.outlook.com' },
  service: { status: 'found', httpStatus: 200, url: 'https://outlook.office365.com/autodiscover/autodiscover.xml' },
  durationMs: 12,
};
const savedFile = (over: Partial<AppFileSaved> = {}) => ({ ok: true as const, value: { savedId: '00000000-0000-4000-8000-0000000000aa', paths: ['/tmp/sam.mobileconfig'], notes: [], signed: false, canOpen: true, ...over } });
const m365 = { presetId: 'microsoft365', address: 'sam@contoso.com', auth: 'oauth2' as const };

describe('export screen: the person names the app', () => {
  it('works from nothing (first start): asks the address and kind, then shows Outlook’s three steps and the check', async () => {
    const { api } = installFakeApi({ checkOutlookSetup: vi.fn(async () => ({ ok: true as const, value: found })) });
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={null} online onBack={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toHaveFocus();
    await user.type(screen.getByLabelText('Email address'), 'sam@contoso.com');
    expect(screen.getByLabelText('Kind of account')).toHaveValue('microsoft365');
    await user.click(screen.getByRole('button', { name: 'Classic Outlook for Windows' }));

    expect(screen.getByRole('heading', { level: 2, name: 'What works in classic Outlook for Windows' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Classic Outlook for Windows' })).toHaveAttribute('aria-pressed', 'true');
    const steps = within(screen.getByTestId('steps')).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(['In Outlook, select File › Add Account.', 'Type sam@contoso.com and select Connect.', 'Sign in on the Microsoft page. Outlook finds the servers itself; select Done.']);
    expect(within(screen.getByTestId('plan')).queryByRole('button', { name: 'Save…' })).toBeNull();
    expect(screen.getByTestId('plan-notes')).toHaveTextContent('.prf files cannot sign in with Microsoft');
    expect(await screen.findByText('Outlook will find your mailbox: Microsoft’s set-up service knows sam@contoso.com.')).toBeInTheDocument();
    expect(api.checkOutlookSetup).toHaveBeenCalledWith({ address: 'sam@contoso.com' });
  });

  it('iPhone: saves the ActiveSync profile, focuses the result, and offers Show in folder and Open', async () => {
    const { api } = installFakeApi({ saveAppFile: vi.fn(async () => savedFile()), showExportInFolder: vi.fn(async () => ({ ok: true as const, value: { shown: true as const } })) });
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={m365} online={false} onBack={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Mail on iPhone or iPad' }));
    const card = screen.getByTestId('file-mobileconfig-ios');
    expect(card).toHaveTextContent('Not signed');
    const save = within(card).getByRole('button', { name: 'Save…' });
    // The accessible name is the label only; what the file is comes as the description.
    expect(save).toHaveAccessibleDescription(/Profile for iPhone and iPad .*Microsoft Exchange account/);
    await user.click(save);
    expect(api.saveAppFile).toHaveBeenCalledWith({ target: 'mobileconfig', appleTarget: 'ios', account: m365 });
    await waitFor(() => expect(within(card).getByTestId('save-result')).toHaveFocus());
    expect(within(card).getByRole('status')).toHaveTextContent('Saved: /tmp/sam.mobileconfig Not signed.');
    await user.click(within(card).getByRole('button', { name: 'Show in folder' }));
    expect(api.showExportInFolder).toHaveBeenCalledWith({ savedId: '00000000-0000-4000-8000-0000000000aa' });
    expect(within(card).getByRole('button', { name: 'Open' })).toBeInTheDocument();
    expect(screen.getByTestId('steps')).toHaveTextContent(/Profile Downloaded/);
  });

  it('Apple Mail on a Mac: no EWS profile unless IT allows it, and the dates come from the facts', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={m365} online={false} onBack={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Apple Mail on a Mac' }));
    expect(screen.queryByTestId('file-mobileconfig-ews')).toBeNull();
    expect(screen.getByTestId('plan-notes')).toHaveTextContent(/blocks EWS since 1 October 2026.*1 April 2027/);
    expect(screen.getByTestId('steps')).toHaveTextContent('Recommended: set up Outlook for Mac');
  });

  it('Apple Mail on a Mac, EWS allowed and signing ready: the EWS profile, signed', async () => {
    installFakeApi({ exportCapabilities: vi.fn(async () => ({ ok: true as const, value: { signing: { state: 'ready' as const, signer: 'Contoso IT' }, ewsAllowed: true } })) });
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={m365} online={false} onBack={() => undefined} />);
    expect(await screen.findByText('Apple profiles are signed as “Contoso IT”, so devices show them as “Verified”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apple Mail on a Mac' }));
    expect(screen.getByTestId('file-mobileconfig-ews')).toHaveTextContent('“Verified”');
  });

  it('another provider: asks for the incoming server, then classic Outlook gets the .prf', async () => {
    const { api } = installFakeApi({ saveAppFile: vi.fn(async () => savedFile({ paths: ['/tmp/a.prf', '/tmp/a.cmd'], canOpen: false, signed: null })) });
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={null} online={false} onBack={() => undefined} />);
    await user.type(screen.getByLabelText('Email address'), 'alice@example.com');
    await user.selectOptions(screen.getByLabelText('Kind of account'), 'imap');
    await user.type(screen.getByLabelText('Outgoing mail server (SMTP)'), 'smtp.example.com');
    await user.click(screen.getByRole('button', { name: 'Classic Outlook for Windows' }));
    expect(screen.queryByTestId('file-prf')).toBeNull();
    expect(screen.getByTestId('plan-notes')).toHaveTextContent('give the incoming mail server');
    await user.type(screen.getByLabelText('Incoming mail server'), 'imap.example.com');
    const card = screen.getByTestId('file-prf');
    await user.click(within(card).getByRole('button', { name: 'Save…' }));
    expect(api.saveAppFile).toHaveBeenCalledWith({
      target: 'prf',
      account: { presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', auth: 'password', incoming: { protocol: 'imap', host: 'imap.example.com' } },
    });
    expect(await within(card).findByText('Saved: /tmp/a.prf, /tmp/a.cmd')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Open' })).toBeNull();
  });

  it('keeps IT-only exports apart, and the report only with a test run', async () => {
    installFakeApi();
    const user = userEvent.setup();
    const { unmount } = renderWithI18n(<ExportScreen account={m365} online={false} onBack={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Thunderbird' }));
    const forIt = screen.getByTestId('for-it');
    expect(within(forIt).getByTestId('file-autoconfig')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan')).queryByTestId('file-autoconfig')).toBeNull();
    expect(forIt).toHaveTextContent('A diagnostic report describes a test run since the app started');
    unmount();
    renderWithI18n(<ExportScreen account={m365} runId="00000000-0000-4000-8000-000000000001" online={false} onBack={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Thunderbird' }));
    expect(within(screen.getByTestId('for-it')).getByTestId('file-report')).toBeInTheDocument();
  });

  it('offline: says every export still works and does not run the check by itself', async () => {
    const { api } = installFakeApi();
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={m365} online={false} onBack={() => undefined} />);
    expect(screen.getByText(/You are offline: every file and every step here still works/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New Outlook for Windows' }));
    expect(screen.getByTestId('outlook-check')).toHaveTextContent('Not checked: this computer is offline.');
    expect(api.checkOutlookSetup).not.toHaveBeenCalled();
  });

  it('a printer: the settings sheet and the device steps; the steps print on their own', async () => {
    installFakeApi();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithI18n(<ExportScreen account={{ ...m365, auth: 'password' }} online={false} onBack={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'A printer, scanner or app that sends mail' }));
    expect(screen.getByTestId('file-sheet-pdf')).toBeInTheDocument();
    expect(screen.getByTestId('steps')).toHaveTextContent('server smtp.office365.com, port 587, encryption STARTTLS');
    await user.click(screen.getByRole('button', { name: 'Print the steps' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
