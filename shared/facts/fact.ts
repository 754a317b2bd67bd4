/**
 * A claim the app states about a service or a mail app that can be wrong or go out of
 * date: a date, a host, a port, an admin path, a cmdlet. Each carries where it comes from
 * and when that source was last read, so a reviewer can check it and a test can fail
 * once it is due for another look. Texts and catalogue entries name facts by id instead
 * of writing the value again.
 */
import type { MessageKey } from '../i18n/en';

export interface Fact {
  /** Stable id, area first: 'smtp-auth.basic-off-by-default', 'mac-mail.ews-blocked-from'. */
  id: string;
  /** The claim in one English sentence, for reviewers (not shown to staff). */
  claim: string;
  /** The value texts use, when the claim has one: '2026-10-01', 'outlook-dod.office365.us'. */
  value?: string;
  /**
   * The i18n key of the words people read, when the value is a label each language names
   * differently (an admin portal's menu path): translators use Microsoft's localized names.
   */
  words?: MessageKey;
  /** Primary source (URL); a second one in `alsoSource` when the first is a report of it. */
  source: string;
  alsoSource?: string;
  /** When the source was last read (YYYY-MM-DD). */
  checked: string;
  /** After this day (YYYY-MM-DD) the fact must be checked again; the facts test fails until it is. */
  reviewBy: string;
}

export type FactTable = readonly Fact[];
