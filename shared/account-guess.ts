/**
 * The kind of account an address most likely is, for the address-first wizard: from the
 * domain alone where that is enough (a personal Microsoft domain, a tenant's
 * .onmicrosoft.com domain, the organisation's own domain from IT's defaults), otherwise
 * from what main found out (MX, SPF, the autodiscover record, Microsoft's Autodiscover
 * service). `null` means "ask the person".
 */
import { fact } from './facts';
import type { DomainProvider } from './discovery';
import { isConsumerMicrosoftDomain } from './presets';
import type { PresetId } from './types';

/** Why the kind was proposed; the address step says it in words. */
export type KindBasis = 'consumer-domain' | 'initial-domain' | 'organisation' | 'mail-records' | 'autodiscover-service';

export interface KindGuess {
  preset: PresetId;
  basis: KindBasis;
}

const normalize = (domain: string) => domain.trim().toLowerCase().replace(/\.$/, '');

/** Without the network: what the domain's name says. */
export function guessKindOffline(domainInput: string, org: { tenantDomain?: string | undefined } = {}): KindGuess | null {
  const domain = normalize(domainInput);
  if (!domain.includes('.')) return null;
  if (isConsumerMicrosoftDomain(domain)) return { preset: 'outlook-com', basis: 'consumer-domain' };
  if (domain.endsWith(fact('domain.m365-initial-suffix').value ?? '.onmicrosoft.com')) return { preset: 'microsoft365', basis: 'initial-domain' };
  const tenant = org.tenantDomain ? normalize(org.tenantDomain) : '';
  if (tenant && (domain === tenant || domain.endsWith(`.${tenant}`))) return { preset: 'microsoft365', basis: 'organisation' };
  return null;
}

/**
 * From main's domain check: Outlook.com and Microsoft 365 are told apart; anything else is
 * asked. So is a US government tenant (MX at .protection.office365.us): GCC High and DoD
 * have different servers, and the records do not say which.
 */
export function guessKindFromCheck(provider: DomainProvider, viaService: boolean, relayHost: string | null = null): KindGuess | null {
  if (provider === 'outlook-com') return { preset: 'outlook-com', basis: 'mail-records' };
  if (relayHost?.toLowerCase().endsWith(fact('mx.us-government-suffix').value ?? '.protection.office365.us')) return null;
  if (provider === 'microsoft365') return { preset: 'microsoft365', basis: viaService ? 'autodiscover-service' : 'mail-records' };
  return null;
}
