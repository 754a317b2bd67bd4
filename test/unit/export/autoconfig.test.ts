import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAutoconfig } from '../../../shared/export/autoconfig';
import { resolveExportAccount, type ExportAccount } from '../../../shared/export/export-account';
import { hasControlCharacters } from '../../../shared/validation';
import { autoconfigElements, autoconfigValues } from '../../fixtures/export/reference-tables';

function account(input: object): ExportAccount {
  const result = resolveExportAccount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function xmlOf(input: object): string {
  const built = buildAutoconfig(account(input));
  if (!built.ok) throw new Error(built.error.message);
  return built.value.text;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['incomingServer', 'domain', 'authentication'].includes(name), parseTagValue: false });

type Server = { '@_type': string; hostname: string; port: string; socketType: string; authentication: string[]; username?: string };
type Config = { clientConfig: { '@_version': string; emailProvider: { '@_id': string; domain: string[]; displayName: string; displayShortName: string; incomingServer: Server[]; outgoingServer: Server }; oAuth2?: Record<string, string> } };

function parse(xml: string): Config {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Config;
}

/** Every element name used anywhere in the document. */
function elementNames(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<([A-Za-z][A-Za-z0-9]*)[\s>/]/g)].map((m) => m[1] as string));
}

const custom = { presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', organization: 'Example & Sons <Mail>', incoming: { protocol: 'pop3', host: 'pop.example.com' } };

describe('Thunderbird autoconfig', () => {
  it('uses only elements and values from the reference', () => {
    const allowedElements = autoconfigElements();
    const values = autoconfigValues();
    for (const input of [custom, { presetId: 'microsoft365', address: 'carol@contoso.com' }, { presetId: 'outlook-com', address: 'dave@hotmail.co.uk' }]) {
      const xml = xmlOf(input);
      expect([...elementNames(xml)].filter((name) => !allowedElements.has(name))).toEqual([]);
      const provider = parse(xml).clientConfig.emailProvider;
      for (const server of [...provider.incomingServer, provider.outgoingServer]) {
        expect(values.socketTypes.has(server.socketType), server.socketType).toBe(true);
        const port = Number(server.port);
        expect(Number.isInteger(port) && port >= 1 && port <= 65535).toBe(true);
      }
      for (const server of provider.incomingServer) for (const auth of server.authentication) expect(values.incomingAuth.has(auth), auth).toBe(true);
      for (const auth of provider.outgoingServer.authentication) expect(values.outgoingAuth.has(auth), auth).toBe(true);
      expect(provider.displayName.length).toBeLessThanOrEqual(60);
      expect(provider.displayShortName.length).toBeLessThanOrEqual(20);
    }
  });

  it('signs in with OAuth2 for Microsoft 365 and carries the ISPDB oAuth2 block', () => {
    const config = parse(xmlOf({ presetId: 'microsoft365', address: 'carol@contoso.com' })).clientConfig;
    const provider = config.emailProvider;
    expect(config['@_version']).toBe('1.1');
    expect(provider['@_id']).toBe('contoso.com');
    expect(provider.domain).toEqual(['contoso.com']);
    expect(provider.incomingServer.map((s) => [s['@_type'], s.hostname, s.port, s.socketType, s.authentication[0], s.username])).toEqual([
      ['imap', 'outlook.office365.com', '993', 'SSL', 'OAuth2', '%EMAILADDRESS%'],
      ['pop3', 'outlook.office365.com', '995', 'SSL', 'OAuth2', '%EMAILADDRESS%'],
    ]);
    expect(provider.outgoingServer).toMatchObject({ '@_type': 'smtp', hostname: 'smtp.office365.com', port: '587', socketType: 'STARTTLS', authentication: ['OAuth2'], username: '%EMAILADDRESS%' });
    expect(config.oAuth2).toMatchObject({ issuer: 'login.microsoftonline.com', authURL: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize' });
    expect(config.oAuth2?.scope).toContain('SMTP.Send');
  });

  it('uses passwords, the chosen protocol first and escapes text for a non-Microsoft host', () => {
    const xml = xmlOf(custom);
    expect(xml).toContain('Example &amp; Sons &lt;Mail&gt;');
    const config = parse(xml).clientConfig;
    expect(config.oAuth2).toBeUndefined();
    expect(config.emailProvider.displayName).toBe('Example & Sons <Mail>');
    expect(config.emailProvider.incomingServer[0]).toMatchObject({ '@_type': 'pop3', hostname: 'pop.example.com', port: '995', socketType: 'SSL', authentication: ['password-cleartext'] });
    expect(config.emailProvider.outgoingServer).toMatchObject({ socketType: 'STARTTLS', authentication: ['password-cleartext'] });
  });

  it('writes a literal user name when it is not the address', () => {
    const xml = xmlOf({ ...custom, username: 'alice.smtp', incoming: { protocol: 'imap', host: 'imap.example.com', username: 'alice' } });
    const provider = parse(xml).clientConfig.emailProvider;
    expect(provider.outgoingServer.username).toBe('alice.smtp');
    expect(provider.incomingServer[0]?.username).toBe('alice');
  });

  it('warns that Thunderbird may lack OAuth details for GCC High hosts', () => {
    const built = buildAutoconfig(account({ presetId: 'microsoft365-gcc-high', address: 'e@agency.gov' }));
    expect(built.ok && built.value.notes.join(' ')).toMatch(/Lacking OAuth2 config/);
  });

  it('keeps any organisation name intact through a real XML parser (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && !hasControlCharacters(s) && !/[\ud800-\udfff]/.test(s)), (name) => {
        const xml = xmlOf({ ...custom, organization: name });
        return XMLValidator.validate(xml) === true && new XMLParser({ parseTagValue: false, trimValues: false }).parse(xml).clientConfig.emailProvider.displayName === name;
      }),
    );
  });
});
