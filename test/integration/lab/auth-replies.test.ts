import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, type ScenarioId, startLab } from '../../lab';
import { RawSmtp } from './helpers/raw-smtp';
import { labTransport, rejectionOf } from './helpers/lab-client';

/** Scenarios that answer AUTH with a scripted Microsoft reply (test/lab/m365-replies.ts). */
const AUTH_REPLAYS = SCENARIO_IDS.filter((id) => SCENARIOS[id].failsAt === 'auth' && SCENARIOS[id].appliesTo);

describe('every AUTH reply from the reference table', () => {
  it('covers the replies the issue names', () => {
    expect(AUTH_REPLAYS).toEqual(
      expect.arrayContaining<ScenarioId>([
        'tenant-auth-disabled',
        'mailbox-auth-disabled',
        'basic-auth-disabled',
        'security-defaults',
        'conditional-access',
        'bad-credentials',
        'auth-rejected',
        'oauth-token-rejected',
        'federation-failure',
        'basic-auth-removed',
        'tls-version-too-old',
        'ehlo-required',
      ]),
    );
  });

  for (const id of AUTH_REPLAYS) {
    const info = SCENARIOS[id];
    const reply = info.reply!;
    const wire = `${reply.code} ${reply.enhanced} ${reply.text}`;

    it(`${id}: ${wire.slice(0, 70)}… for ${info.appliesTo} sign-in`, async () => {
      const lab = await startLab(id);
      try {
        for (const kind of ['login', 'oauth'] as const) {
          const applies = info.appliesTo === 'all' || info.appliesTo === (kind === 'login' ? 'basic' : 'oauth');
          const transport = labTransport(lab, kind);
          if (applies) {
            const error = await rejectionOf(transport.verify());
            expect(error.code).toBe('EAUTH');
            expect(error.responseCode).toBe(reply.code);
            // Exact text, then Microsoft's "[host timestamp id]" trailer.
            expect(error.response).toMatch(new RegExp(`^${escape(wire)} \\[[^\\]]+\\]$`));
          } else {
            await expect(transport.verify()).resolves.toBe(true);
          }
          transport.close();
        }
      } finally {
        await lab.close();
      }
    });
  }

  it('tls-version-too-old hangs up after the 421', async () => {
    const lab = await startLab('tls-version-too-old');
    try {
      const { client } = await RawSmtp.connect(lab.port);
      await client.command('EHLO client.example');
      await client.startTls({ ca: lab.caPem, servername: lab.servername });
      await client.command('EHLO client.example');
      expect(await client.command('AUTH LOGIN')).toBe('334 VXNlcm5hbWU6');
      expect(await client.command(Buffer.from(lab.credentials.user).toString('base64'))).toBe('334 UGFzc3dvcmQ6');
      const verdict = await client.command(Buffer.from(lab.credentials.password).toString('base64'));
      expect(verdict).toMatch(/^421 4\.7\.66 TLS 1\.0 and 1\.1 are not supported/);
      expect(await client.read()).toBe('<closed>');
    } finally {
      await lab.close();
    }
  });

  it('ehlo-required answers MAIL FROM with 530 5.7.57 after the refused AUTH', async () => {
    const lab = await startLab('ehlo-required');
    try {
      const { client } = await RawSmtp.connect(lab.port);
      await client.command('EHLO client.example');
      await client.startTls({ ca: lab.caPem, servername: lab.servername });
      expect(await client.command('EHLO client.example')).toContain('250-AUTH LOGIN XOAUTH2');
      expect(await client.command('AUTH LOGIN')).toMatch(/^503 5\.5\.2 Send hello first/);
      expect(await client.command('MAIL FROM:<a@contoso.example>')).toMatch(/^530 5\.7\.57 /);
      client.close();
    } finally {
      await lab.close();
    }
  });

  it.each<[ScenarioId, string]>([
    ['auth-reply-250', '250 OK'],
    ['auth-reply-2', '2'],
    ['auth-reply-282', '282 weird'],
  ])('%s: AUTH ends with "%s", and nodemailer verify() still "passes" (why the probe wants 235)', async (id, reply) => {
    const lab = await startLab(id);
    try {
      const transport = labTransport(lab, 'login');
      await expect(transport.verify()).resolves.toBe(true);
      transport.close();
      expect(lab.log).toContain(`S: ${reply}`);
      expect(lab.log.some((line) => line.startsWith('S: 235'))).toBe(false);
    } finally {
      await lab.close();
    }
  });

  it('auth-not-offered: no AUTH after TLS, so nodemailer verify() "passes" without logging in; AUTH gets 504 5.7.4', async () => {
    const lab = await startLab('auth-not-offered');
    try {
      const transport = labTransport(lab, 'login');
      await expect(transport.verify()).resolves.toBe(true); // the pitfall the probe must not fall into
      const send = await rejectionOf(transport.sendMail({ from: lab.credentials.user, to: lab.credentials.user, text: 'x' }));
      expect(send.response).toMatch(/^530 5\.7\.57 Client not authenticated to send mail/);
      transport.close();

      const { client } = await RawSmtp.connect(lab.port);
      await client.command('EHLO client.example');
      await client.startTls({ ca: lab.caPem, servername: lab.servername });
      expect(await client.command('EHLO client.example')).not.toContain('AUTH');
      expect(await client.command('AUTH LOGIN')).toMatch(/^504 5\.7\.4 Unrecognized authentication type/);
      client.close();
      expect(lab.log.some((line) => line.startsWith('S: 235'))).toBe(false);
    } finally {
      await lab.close();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
