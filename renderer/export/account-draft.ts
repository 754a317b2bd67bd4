/**
 * The account the export screen works from when the person came without one (first
 * start, offline, from the menu): the address and the kind of account asked on the
 * screen itself, plus an incoming server for other providers. Pure: state → AccountInput.
 */
import type { AccountInput } from '../../shared/export/export-account';

export type DraftKind = 'microsoft365' | 'outlook-com' | 'imap' | 'relay';
export const DRAFT_KINDS: readonly DraftKind[] = ['microsoft365', 'outlook-com', 'imap', 'relay'];

export interface AccountDraft {
  address: string;
  kind: DraftKind;
  outgoingHost: string;
}

export const EMPTY_DRAFT: AccountDraft = { address: '', kind: 'microsoft365', outgoingHost: '' };

const CONSUMER = /@(outlook|hotmail|live|msn)\.[a-z.]+$/i;

/** A first guess of the kind from the address, as Outlook and Thunderbird do. */
export function guessKind(address: string, current: DraftKind): DraftKind {
  if (CONSUMER.test(address.trim())) return 'outlook-com';
  return current === 'outlook-com' ? 'microsoft365' : current;
}

export function draftToAccount(draft: AccountDraft): AccountInput {
  const address = draft.address.trim();
  switch (draft.kind) {
    case 'microsoft365':
      return { presetId: 'microsoft365', address, auth: 'oauth2' };
    case 'outlook-com':
      return { presetId: 'outlook-com', address };
    case 'relay':
      return { presetId: 'microsoft365-relay', address };
    case 'imap':
      // The incoming server is asked separately (withIncoming), as for any account without one.
      return { presetId: 'custom', address, host: draft.outgoingHost.trim(), auth: 'password' };
  }
}

/** An account from elsewhere (the wizard, a profile) with the incoming server the screen asked for. */
export function withIncoming(account: AccountInput, protocol: 'imap' | 'pop3', host: string): AccountInput {
  const trimmed = host.trim();
  return trimmed ? { ...account, incoming: { protocol, host: trimmed } } : account;
}
