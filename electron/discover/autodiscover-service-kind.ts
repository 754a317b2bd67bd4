/**
 * The address-first wizard's domain check: the DNS records first; when they say nothing
 * of Microsoft (MX at a filtering service, no SPF include, no autodiscover record), the
 * answer of Microsoft's Autodiscover service for the address itself decides, as Outlook's
 * own "add account" would. The service is asked through the export's Outlook check
 * (electron/export/outlook-setup-check.ts), injected here so discover stays on its own.
 */
import type { DomainCheck } from '../../shared/discovery';
import { isConsumerMicrosoftDomain } from '../../shared/presets';
import { ok, type Result } from '../../shared/result';

export type AskAutodiscover = (address: string) => Promise<NonNullable<DomainCheck['autodiscover']['service']>>;

export async function withAutodiscoverService(input: string, checked: Result<DomainCheck>, ask: AskAutodiscover): Promise<Result<DomainCheck>> {
  if (!checked.ok || !input.includes('@')) return checked;
  const check = checked.value;
  if (check.provider === 'microsoft365' || check.provider === 'outlook-com' || isConsumerMicrosoftDomain(check.domain)) return checked;
  const service = await ask(input.trim());
  return ok({ ...check, provider: service === 'found' ? 'microsoft365' : check.provider, autodiscover: { ...check.autodiscover, service } });
}
