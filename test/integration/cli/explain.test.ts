import { describe, expect, it } from 'vitest';
import { UsageError, type CliIo } from '../../../electron/cli/command';
import { explainCommand } from '../../../electron/cli/explain-command';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  let stdinReads = 0;
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => {
      stdinReads++;
      return stdin;
    },
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), stdinReads: () => stdinReads };
}

const TENANT =
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR4P281CA0258.DEUP281.PROD.OUTLOOK.COM 2026-05-17T18:38:18.362Z 08DEB430F51D1974]';

describe('mail-setup explain', () => {
  it('says what it recognised in the text, and lists other possible causes without a second IT message', async () => {
    const cli = fakeIo();
    await explainCommand.run(["Task 'anna@contoso.com - Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.' Port: 465, Server: 'smtp.office365.com'"], cli.io);
    const out = cli.stdout();
    expect(out).toContain('Most likely: Microsoft does not offer port 465');
    expect(out).toMatch(/Recognised: .*0x800CCC0E.*smtp\.office365\.com:465/);
    expect(out.match(/Message for your IT admin:/g)).toHaveLength(1);
    const json = fakeIo();
    await explainCommand.run(['--json', 'Connection: opening to smtp.office365.com:587\nSMTP ERROR: Password command failed: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'], json.io);
    const doc = JSON.parse(json.stdout()) as { primary: { id: string; adminMessage: string }; recognised: { kind: string; text: string }[] };
    expect(doc.primary.id).toBe('auth.basic-auth-disabled');
    expect(doc.recognised).toEqual(expect.arrayContaining([{ kind: 'code', text: '5.7.139' }, { kind: 'phrase', text: 'basic authentication is disabled' }]));
    expect(doc.primary.adminMessage).toContain('our website or script (PHPMailer)');
  });

  it('prints title, explanation, steps and the message for IT', async () => {
    const cli = fakeIo();
    const code = await explainCommand.run(['--address', 'anna@contoso.com', TENANT], cli.io);
    expect(code).toBe(0);
    const out = cli.stdout();
    expect(out).toContain('Most likely: Sending from apps is switched off for your organisation');
    expect(out).toContain('Your password is not the problem');
    expect(out).toMatch(/What you can do:\n {2}1\. Don't change your password/);
    expect(out).toContain('Message for your IT admin:');
    expect(out).toContain('  | Set-CASMailbox -Identity anna@contoso.com -SmtpClientAuthenticationDisabled $false');
    expect(out).toContain('  | 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
    expect(out).toContain('Source: https://learn.microsoft.com/');
    // The facts' check date in words (Intl), not as YYYY-MM-DD.
    expect(out).toMatch(/^Source: https:\/\/\S+ \(facts as of \d{1,2} [A-Z][a-z]+ \d{4}\)$/m);
    expect(cli.stderr()).toBe('');
    expect(cli.stdinReads()).toBe(0);
  });

  it('--json prints exactly one JSON document with the findings, most likely first', async () => {
    const cli = fakeIo();
    const code = await explainCommand.run(['--json', 'Invalid login: 535 5.7.3 Authentication unsuccessful'], cli.io);
    expect(code).toBe(0);
    const doc = JSON.parse(cli.stdout()) as { findings: Record<string, unknown>[]; primary: { id: string }; others: unknown[]; setAside: { id: string }[] };
    // `findings` keeps its shape; primary/others/recognised/setAside are additive.
    expect(Object.keys(doc)).toEqual(['findings', 'primary', 'others', 'recognised', 'setAside']);
    expect(doc.findings.map((f) => f.id)).toEqual(['auth.bad-credentials', 'auth.smtp-auth-disabled-mailbox', 'auth.oauth-token-rejected']);
    expect(doc.primary.id).toBe('auth.bad-credentials');
    // Neither "SMTP AUTH is off, don't change your password" nor "token rejected" stands beside a wrong password.
    expect(doc.others).toEqual([]);
    expect(doc.setAside.map((s) => s.id)).toEqual(['auth.smtp-auth-disabled-mailbox', 'auth.oauth-token-rejected']);
    for (const finding of doc.findings) {
      expect(finding).toMatchObject({
        id: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        title: expect.any(String),
        explanation: expect.any(String),
        steps: expect.arrayContaining([expect.any(String)]),
        adminMessage: expect.stringContaining('Hello,'),
        source: expect.stringMatching(/^https:\/\//),
      });
    }
  });

  it('reads the text from standard input when no argument is given', async () => {
    const cli = fakeIo(`smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled.')\n`);
    const code = await explainCommand.run(['--json', '--preset', 'outlook-com', '--auth', 'password'], cli.io);
    expect(code).toBe(0);
    expect(cli.stdinReads()).toBe(1);
    const doc = JSON.parse(cli.stdout()) as { findings: { id: string }[] };
    expect(doc.findings[0]?.id).toBe('auth.oauth-required');
  });

  it('uses --host/--port/--network as context', async () => {
    const blocked = fakeIo();
    await explainCommand.run(['--json', '--host', 'smtp.office365.com', '--port', '465', 'connect ETIMEDOUT 52.96.0.1:465'], blocked.io);
    expect((JSON.parse(blocked.stdout()) as { findings: { id: string }[] }).findings.map((f) => f.id)).toEqual(['tls.port-465-unsupported']);
    const home = fakeIo();
    await explainCommand.run(['--json', '--port', '25', '--network', 'home', 'connect ETIMEDOUT 52.101.8.34:25'], home.io);
    expect((JSON.parse(home.stdout()) as { findings: { id: string }[] }).findings[0]?.id).toBe('network.port-25-blocked');
  });

  it('exits 1 and quotes the text when it cannot recognise it', async () => {
    const cli = fakeIo();
    const code = await explainCommand.run(['--json', 'the printer says 0x80004005'], cli.io);
    expect(code).toBe(1);
    const [finding] = (JSON.parse(cli.stdout()) as { findings: { id: string; explanation: string }[] }).findings;
    expect(finding?.id).toBe('unknown');
    expect(finding?.explanation).toContain('“the printer says 0x80004005”');
  });

  it('says there is nothing to fix for a success reply', async () => {
    const cli = fakeIo();
    expect(await explainCommand.run(['250 2.0.0 OK'], cli.io)).toBe(0);
    expect(cli.stdout()).toContain('nothing to fix');
    const json = fakeIo();
    await explainCommand.run(['--json', '250 2.0.0 OK'], json.io);
    expect(JSON.parse(json.stdout())).toEqual({ findings: [], primary: null, others: [], recognised: [], setAside: [] });
  });

  it('never echoes a secret from a pasted log', async () => {
    const secret = 'dXNlcj1hbm5hQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFp';
    const cli = fakeIo(`CLIENT -> SERVER: AUTH XOAUTH2 ${secret}\nSERVER -> CLIENT: 535 5.7.3 Authentication unsuccessful\n`);
    await explainCommand.run(['--json'], cli.io);
    expect(cli.stdout()).not.toContain(secret);
    expect((JSON.parse(cli.stdout()) as { findings: { id: string }[] }).findings[0]?.id).toBe('auth.oauth-token-rejected');
  });

  it('rejects bad usage with a UsageError (the dispatcher exits 2)', async () => {
    await expect(explainCommand.run([], fakeIo('   \n').io)).rejects.toThrow(UsageError);
    await expect(explainCommand.run(['--bogus', 'x'], fakeIo().io)).rejects.toThrow(UsageError);
    await expect(explainCommand.run(['--port', 'abc', 'x'], fakeIo().io)).rejects.toThrow(/--port/);
    await expect(explainCommand.run(['--preset', 'gmail', 'x'], fakeIo().io)).rejects.toThrow(/Unknown preset/);
    await expect(explainCommand.run(['--auth', 'kerberos', 'x'], fakeIo().io)).rejects.toThrow('--auth must be password, oauth2 or none.');
    await expect(explainCommand.run(['--network', 'moon', 'x'], fakeIo().io)).rejects.toThrow('--network must be home, office or unknown.');
    await expect(explainCommand.run([], fakeIo('   \n').io)).rejects.toThrow('Give the error text as an argument, or pipe it on standard input.');
  });

  it('prints its usage for --help', async () => {
    const cli = fakeIo();
    expect(await explainCommand.run(['--help'], cli.io)).toBe(0);
    expect(cli.stdout()).toContain('Usage: mail-setup explain');
    expect(explainCommand.name).toBe('explain');
  });
});
