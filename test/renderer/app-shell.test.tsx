import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';
import { installFakeApi } from './fake-api';

const renderApp = () =>
  render(
    <I18nProvider>
      <App />
    </I18nProvider>,
  );

describe('app shell', () => {
  it('shows the version and connectivity reported by the main process', async () => {
    const { api } = installFakeApi();
    renderApp();
    expect(await screen.findByText(/Version 9\.9\.9/)).toBeInTheDocument();
    expect(screen.getByText(/Connected to a network/)).toBeInTheDocument();
    expect(api.appInfo).toHaveBeenCalledOnce();
  });

  it('says plainly when it runs without the app bridge', () => {
    renderApp();
    expect(screen.getByText(/live tests are not available/)).toBeInTheDocument();
  });

  it('opens on the address, and asks the kind with the keyboard only when the domain does not tell', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    const input = screen.getByRole('textbox', { name: 'Email address' });
    await waitFor(() => expect(input).toHaveFocus());
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton).toBeDisabled();
    // The domain check is not set up in this test: it cannot tell, so the kinds are asked.
    await user.keyboard('sam@example.org');
    const group = await screen.findByRole('group', { name: 'What kind of email account is it?' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio').length).toBeGreaterThanOrEqual(4);
    expect(continueButton).toBeDisabled();
    await user.tab();
    expect(screen.getByRole('radio', { name: /Microsoft 365 work or school/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: /Microsoft 365 work or school/ })).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /Outlook\.com or Hotmail/ })).toBeChecked();
    expect(continueButton).toBeEnabled();
  });
});
