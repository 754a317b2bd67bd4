/**
 * The result of checking, from this computer, that Outlook's own set-up will find a
 * Microsoft mailbox: the domain's autodiscover DNS record and Microsoft's Autodiscover
 * service answering for the address. The check runs in main (electron/export); the
 * words are here so the screen and the CLI say the same thing.
 */
import { t } from '../i18n';
import { factValue } from './fact-words';

export type OutlookCheckStatus = 'found' | 'not-found' | 'offline' | 'could-not-check';

export interface OutlookSetupCheck {
  address: string;
  domain: string;
  status: OutlookCheckStatus;
  /** autodiscover.<domain>: 'skipped' for consumer domains (Outlook.com), whose DNS is Microsoft's. */
  dns: { status: 'microsoft' | 'other' | 'none' | 'failed' | 'skipped'; target: string | null; error?: string };
  service: { status: 'found' | 'unknown-address' | 'failed' | 'not-asked'; httpStatus?: number; url?: string; error?: string };
  durationMs: number;
}

/** Plain sentences for the person, the main one first. */
export function outlookCheckWords(check: OutlookSetupCheck): string[] {
  const { address, domain } = check;
  const expected = factValue('m365.autodiscover-cname');
  switch (check.status) {
    case 'offline':
      return [t('export.outlook-check.offline')];
    case 'could-not-check':
      return [t('export.outlook-check.failed', { reason: check.service.error ?? check.dns.error ?? 'error' })];
    case 'not-found':
      return [t('export.outlook-check.not-found', { address })];
    case 'found': {
      const words = [t('export.outlook-check.found', { address })];
      if (check.dns.status === 'none') words.push(t('export.outlook-check.found-no-dns', { domain, target: expected }));
      if (check.dns.status === 'other') words.push(t('export.outlook-check.dns-other', { domain, target: check.dns.target ?? '', expected }));
      return words;
    }
  }
}
