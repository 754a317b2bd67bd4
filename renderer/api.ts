import type { MailSetupApi } from '../shared/contract';

/**
 * The bridge to the main process. Absent only if the page is opened outside the
 * app; callers then show the offline tools instead of failing.
 */
export function getApi(): MailSetupApi | null {
  return window.mailSetup ?? null;
}
