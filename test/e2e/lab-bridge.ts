import { startLab, type Lab, type LabOptions, type ScenarioId } from '../lab';
import { startLocalDns, type LocalDns } from '../lab/local-dns-server';
import type { BridgeOptions } from './bridge-server';

export const LAB_DOMAIN = 'contoso.example';

/**
 * Bridge options that point the real probe and domain checks at loopback only:
 * smtp.office365.com resolves to the lab, the lab's test root is trusted, and the
 * domain check asks a real DNS server on 127.0.0.1 that says contoso.example is on
 * Microsoft 365. `verifyXoauth2` makes the mail server judge XOAUTH2 tokens against the lab
 * identity provider's JWKS, as Exchange Online does.
 */
export async function labBridge(scenario: ScenarioId, options: LabOptions = {}): Promise<{ lab: Lab; dns: LocalDns; options: BridgeOptions; close: () => Promise<void> }> {
  const lab = await startLab(scenario, options);
  const dns = await startLocalDns({
    [LAB_DOMAIN]: { MX: [{ exchange: 'contoso-example.mail.protection.outlook.com', priority: 0 }], TXT: [['v=spf1 include:spf.protection.outlook.com -all']] },
    [`autodiscover.${LAB_DOMAIN}`]: { CNAME: 'autodiscover.outlook.com' },
    [`_dmarc.${LAB_DOMAIN}`]: { TXT: [['v=DMARC1; p=none']] },
  });
  const probe = { resolver: async () => ['127.0.0.1'], extraCa: [lab.caPem], env: {}, isOnline: () => true };
  return {
    lab,
    dns,
    options: { probe, discover: { probeDeps: probe, createDns: () => dns.resolver({ timeout: 500, tries: 1 }) } },
    close: async () => {
      await lab.close();
      await dns.close();
    },
  };
}
