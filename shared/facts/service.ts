import type { FactTable } from './fact';

/** Facts about Microsoft 365 / Outlook.com sending: hosts, ports, sign-in, dates, admin settings. */
export const SERVICE_FACTS: FactTable = [];
