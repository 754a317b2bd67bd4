import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../shared/i18n';
import type { Profile } from '../../shared/profile';
import { PasteErrorScreen } from '../../renderer/help/PasteErrorScreen';
import { ProfilesScreen } from '../../renderer/profiles/ProfilesScreen';
import { installFakeApi } from './fake-api';
import { renderWithI18n } from './render-app';

const TENANT_TITLE = t('finding.auth.smtp-auth-disabled-tenant.title');

const PROFILE: Profile = {
  id: 'p1',
  name: 'Work mail',
  preset: 'microsoft365',
  address: 'sam@contoso.com',
  host: 'smtp.office365.com',
  port: 587,
  security: 'starttls',
  authMethod: 'password',
  lastTest: { verdict: 'pass', topFindingId: null, at: '2026-11-20T09:00:00.000Z' },
};

describe('paste an error', () => {
  it('explains a pasted reply offline, with the message for IT', async () => {
    const user = userEvent.setup();
    renderWithI18n(<PasteErrorScreen onBack={() => undefined} address="sam@contoso.com" />);
    await user.click(screen.getByRole('textbox', { name: 'Error message' }));
    await user.paste(
      'Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled [AM0PR02CA0001.eurprd02.prod.outlook.com 2026-05-17T18:38:18.362Z 08DEB430F51D1974]',
    );
    await user.click(screen.getByRole('button', { name: 'Explain it' }));
    expect(await screen.findByRole('heading', { name: TENANT_TITLE })).toBeInTheDocument();
    expect(screen.getAllByTestId('admin-message')[0]).toHaveTextContent('Set-CASMailbox');
  });

  it('quotes text it does not recognise instead of guessing', async () => {
    const user = userEvent.setup();
    renderWithI18n(<PasteErrorScreen onBack={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: 'Error message' }), 'the printer beeped twice');
    await user.click(screen.getByRole('button', { name: 'Explain it' }));
    await waitFor(() => expect(document.querySelector('[data-finding="unknown"]')).not.toBeNull());
  });
});

describe('saved settings', () => {
  it('lists profiles with their last test and remembered password, and deletes after confirming', async () => {
    const { api } = installFakeApi({
      listProfiles: vi.fn(async () => ({ ok: true as const, value: [PROFILE] })),
      hasSecret: vi.fn(async () => ({ ok: true as const, value: { stored: true } })),
      deleteProfile: vi.fn(async () => ({ ok: true as const, value: { secret: 'deleted' as const, signedOut: false } })),
    });
    const user = userEvent.setup();
    renderWithI18n(<ProfilesScreen onExport={() => undefined} onNew={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Work mail' })).toBeInTheDocument();
    expect(screen.getByText(/password remembered/)).toBeInTheDocument();
    expect(screen.getByText(/Last test: worked/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(api.deleteProfile).toHaveBeenCalledWith({ id: 'p1' });
  });

  it('says plainly when the keychain is unavailable and keeps the profiles usable', async () => {
    installFakeApi({
      listProfiles: vi.fn(async () => ({ ok: true as const, value: [PROFILE] })),
      hasSecret: vi.fn(async () => ({ ok: false as const, error: { code: 'KEYCHAIN_UNAVAILABLE' as const, message: 'no bus', reason: 'no-secret-service' } })),
    });
    renderWithI18n(<ProfilesScreen onExport={() => undefined} onNew={() => undefined} />);
    expect(await screen.findByTestId('keychain-unavailable')).toHaveTextContent('password store is not available');
    expect(screen.getByRole('button', { name: 'Test again' })).toBeEnabled();
  });
});
