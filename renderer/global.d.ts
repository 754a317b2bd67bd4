import type { MailSetupApi } from '../shared/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts (or by the E2E bridge in tests). */
    mailSetup?: MailSetupApi;
  }
}
export {};
