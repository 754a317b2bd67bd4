import type { MessageKey } from '../i18n';
import type { FindingId } from './ids';

export type Severity = 'error' | 'warning' | 'info';

/** Who can fix it, in the person's terms ("you" = the person using the app). */
export type FixedBy = 'you' | 'it-admin' | 'network' | 'microsoft' | 'wait';

/**
 * The exact admin setting, as data so the UI can show it apart from the message and
 * a reviewer can check it against Microsoft's docs. `{address}` is filled in from
 * the person's address when known. The portal path is an i18n key (each language uses
 * the menu names Microsoft shows in it); PowerShell is never translated.
 */
export interface AdminSetting {
  /** Where the setting lives in an admin portal: the key of e.g. "Microsoft 365 admin center › Users › …". */
  portal?: MessageKey;
  /** Exchange Online PowerShell lines, in the order to run them. */
  powershell?: readonly string[];
}

/**
 * One catalogue entry. The words live in the i18n table under `finding.<id>.*`
 * (title, explanation, steps.1..steps, admin); this is everything that is not words.
 */
export interface CatalogueEntry {
  severity: Severity;
  who: FixedBy;
  /** How many `finding.<id>.steps.N` messages exist (1-based). */
  steps: number;
  /** The page staff and IT are sent to ("Source" link). */
  source: string;
  /**
   * Ids of the sourced facts (shared/facts) the words and the admin setting rely on.
   * The facts test fails when an entry cites none, cites an unknown one, or one is due
   * for review; the "facts as of" date shown to people is derived from them.
   */
  facts: readonly string[];
  admin?: AdminSetting;
}

export type CatalogueSlice<P extends string> = Readonly<Record<Extract<FindingId, `${P}.${string}`>, CatalogueEntry>>;

/** Entries for an explicit set of ids, for slices that split an area (auth vs. Microsoft sign-in). */
export type CatalogueOf<Ids extends FindingId> = Readonly<Record<Ids, CatalogueEntry>>;
export type OAuthFindingId = Extract<FindingId, `auth.oauth-${string}`>;
