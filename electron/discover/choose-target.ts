import type { DiscoverInput, DiscoverTarget, DomainCheck, HostSource } from '../../shared/discovery';
import { isConsumerMicrosoftDomain, isMicrosoftHost, presetIdForHost, PRESETS } from '../../shared/presets';

const M365_HOST = PRESETS.microsoft365.host ?? 'smtp.office365.com';
const OUTLOOK_COM_HOST = PRESETS['outlook-com'].host ?? 'smtp-mail.outlook.com';

/**
 * Which server to check for what the person typed. An address picks by its domain:
 * Outlook.com brands go to smtp-mail.outlook.com, everything else to smtp.office365.com
 * (this app sets up Microsoft 365), and the DNS checks, when they are in, say why and
 * name the tenant's MX host for relay / Direct Send.
 */
export function chooseTarget(input: DiscoverInput, rawInput: string, domain: DomainCheck | null, tlsServername?: string): DiscoverTarget {
  if (input.kind === 'host') {
    const name = tlsServername ?? input.host;
    return {
      input: rawInput,
      address: null,
      domain: null,
      host: input.host,
      hostSource: 'given',
      presetId: presetIdForHost(name),
      microsoft: isMicrosoftHost(name),
      relayHost: null,
    };
  }
  const consumer = isConsumerMicrosoftDomain(input.domain) || domain?.provider === 'outlook-com';
  const host = consumer ? OUTLOOK_COM_HOST : M365_HOST;
  return {
    input: rawInput,
    address: input.address,
    domain: input.domain,
    host,
    hostSource: consumer ? 'consumer-domain' : m365Source(domain),
    presetId: consumer ? 'outlook-com' : 'microsoft365',
    microsoft: true,
    relayHost: domain?.mx.protectionHost ?? null,
  };
}

function m365Source(domain: DomainCheck | null): HostSource {
  if (domain?.mx.microsoft365) return 'microsoft365-mx';
  if (domain?.provider === 'microsoft365') return 'microsoft365-dns';
  return 'default';
}

