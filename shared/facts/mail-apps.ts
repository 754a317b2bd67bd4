import type { FactTable } from './fact';

/** Facts about the mail apps the exports prepare: Outlook, Apple Mail, iOS Mail, Thunderbird. */
export const MAIL_APP_FACTS: FactTable = [];
