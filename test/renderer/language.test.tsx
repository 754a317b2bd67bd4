/**
 * Choosing the language in the window: the header's picker (each language named in itself,
 * keyboard-operable, labelled), `<html lang>` following it, the saved choice sent to main,
 * and the IT message's one-click "Show in English" and back. A small German test table
 * stands in for the shipped folder, registered the way the loader registers a folder's table.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';
import { FindingCard } from '../../renderer/results/FindingCard';
import { registerTable, setActiveLocale } from '../../shared/i18n';
import { installFakeApi } from './fake-api';

const GERMAN = {
  'app.language.label': 'Sprache',
  'wizard.address.title': 'Wie lautet Ihre E-Mail-Adresse?',
  'finding.admin.greeting': 'Hallo,',
  'finding.admin.closing': 'Vielen Dank!',
  'results.it.showEnglish': 'Auf Englisch anzeigen',
  'results.it.showOwn': 'Auf {language} anzeigen',
  'results.messageForIt': 'Nachricht für Ihre IT',
};

beforeEach(() => registerTable('de', GERMAN));
afterEach(() => {
  setActiveLocale('en');
  document.documentElement.lang = 'en';
});

describe('language picker', () => {
  it('lists each language in itself, switches the window and <html lang>, and saves the choice in main', async () => {
    const { api } = installFakeApi();
    const user = userEvent.setup();
    render(
      <I18nProvider>
        <App />
      </I18nProvider>,
    );
    const picker = screen.getByRole('combobox', { name: 'Language' });
    const names = within(picker).getAllByRole('option').map((option) => [option.textContent, option.getAttribute('lang')]);
    expect(names.slice(1)).toEqual([
      ['English', 'en'],
      ['Deutsch', 'de'],
      ['Français', 'fr'],
      ['Español', 'es'],
      ['Nederlands', 'nl'],
      ['Italiano', 'it'],
      ['Português (Brasil)', 'pt-BR'],
      ['Polski', 'pl'],
    ]);
    expect(names[0]?.[0]).toMatch(/^Same as this computer/);
    expect(names.map(([, lang]) => lang)).not.toContain('en-XA');

    // Keyboard only: focus the picker, choose with the keyboard.
    await user.tab();
    while (document.activeElement !== picker) await user.tab();
    await user.selectOptions(picker, 'de');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(api.setLocale).toHaveBeenCalledWith({ locale: 'de' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(GERMAN['wizard.address.title']);
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'system');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(api.setLocale).toHaveBeenLastCalledWith({ locale: null });
  });
});

describe('message for IT', () => {
  it('switches to English with one click, copies what it shows, and switches back', async () => {
    installFakeApi();
    const user = userEvent.setup();
    act(() => setActiveLocale('de'));
    render(
      <I18nProvider initial={{ locale: 'de', chosen: 'de' }}>
        <FindingCard id="auth.smtp-auth-disabled-tenant" params={{ address: 'sam@contoso.com' }} />
      </I18nProvider>,
    );
    const message = screen.getByTestId('admin-message');
    expect(message).toHaveTextContent(/^Hallo,/);
    expect(message).not.toHaveAttribute('lang');

    await user.click(screen.getByRole('button', { name: 'Auf Englisch anzeigen' }));
    expect(screen.getByTestId('admin-message')).toHaveTextContent(/^Hello,/);
    expect(screen.getByTestId('admin-message')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('This message is in English for your IT team.')).toHaveAttribute('role', 'status');
    // The app's other words stay German.
    expect(screen.getByRole('heading', { name: 'Nachricht für Ihre IT' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy message for IT' }));
    // user-event's clipboard stands in for the system one.
    expect(await navigator.clipboard.readText()).toMatch(/^Hello,[\s\S]*Thank you!$/);

    await user.click(screen.getByRole('button', { name: 'Auf Deutsch anzeigen' }));
    expect(screen.getByTestId('admin-message')).toHaveTextContent(/^Hallo,/);
    await user.click(screen.getByRole('button', { name: 'Copy message for IT' }));
    expect(await navigator.clipboard.readText()).toMatch(/^Hallo,[\s\S]*Vielen Dank!$/);
  });

  it('offers no English switch when the app already speaks English', () => {
    render(
      <I18nProvider>
        <FindingCard id="auth.smtp-auth-disabled-tenant" />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('admin-message-language')).toBeNull();
  });
});
