import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lab, startLab } from '../../lab';
import { RawSmtp } from './helpers/raw-smtp';
import { labTransport, rejectionOf, testMessage } from './helpers/lab-client';

const TRAILER = / \[BY1PR10CA0041\.namprd10\.prod\.outlook\.com \d{4}-\d\d-\d\dT[\d:.]+Z [0-9A-F]{16}\]$/;

describe('healthy: smtp.office365.com:587 as it should be', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab('healthy');
  });
  afterAll(() => lab.close());

  it('greets with a Microsoft banner and offers STARTTLS but no AUTH before TLS', async () => {
    const { client, greeting } = await RawSmtp.connect(lab.port);
    expect(greeting).toMatch(/^220 [A-Z0-9]+\.outlook\.office365\.com Microsoft ESMTP MAIL Service ready at \w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} \+0000$/);
    const ehlo = await client.command('EHLO client.example');
    expect(ehlo).toContain('250-STARTTLS');
    expect(ehlo).toContain('250-SIZE 157286400');
    expect(ehlo).not.toContain('AUTH');
    expect(await client.command('AUTH LOGIN')).toMatch(/^504 5\.7\.4 Unrecognized authentication type/);
    expect(await client.command('MAIL FROM:<a@contoso.example>')).toMatch(/^451 5\.7\.3 STARTTLS is required to send mail/);
    expect(await client.command('QUIT')).toBe('221 2.0.0 Service closing transmission channel');
    client.close();
  });

  it('advertises "AUTH LOGIN XOAUTH2" only after STARTTLS + EHLO, and refuses PLAIN with 504 5.7.4', async () => {
    const { client } = await RawSmtp.connect(lab.port);
    await client.command('EHLO client.example');
    const tls = await client.startTls({ ca: lab.caPem, servername: lab.servername });
    expect(tls.authorized).toBe(true);
    const ehlo = await client.command('EHLO client.example');
    expect(ehlo).toContain('250-AUTH LOGIN XOAUTH2');
    expect(ehlo).not.toContain('STARTTLS');
    expect(ehlo).not.toContain('PLAIN');
    const plain = await client.command(`AUTH PLAIN ${Buffer.from(`\0${lab.credentials.user}\0x`).toString('base64')}`);
    expect(plain).toMatch(/^504 5\.7\.4 Unrecognized authentication type/);
    expect(plain).toMatch(TRAILER);
    client.close();
  });

  it('answers 503 5.5.2 "Send hello first" when EHLO is not repeated after STARTTLS, then 530 5.7.57', async () => {
    const { client } = await RawSmtp.connect(lab.port);
    await client.command('EHLO client.example');
    await client.startTls({ ca: lab.caPem, servername: lab.servername });
    expect(await client.command('AUTH LOGIN')).toMatch(/^503 5\.5\.2 Send hello first/);
    expect(await client.command('MAIL FROM:<a@contoso.example>')).toMatch(/^530 5\.7\.57 Client not authenticated to send mail/);
    client.close();
  });

  it('serves a leaf issued by the lab root with the Microsoft host names', async () => {
    const { client } = await RawSmtp.connect(lab.port);
    await client.command('EHLO client.example');
    const tls = await client.startTls({ ca: lab.caPem, servername: lab.servername });
    const leaf = tls.getPeerCertificate(true);
    expect(leaf.issuer.CN).toBe('Mail Setup Lab Root CA');
    for (const name of ['smtp.office365.com', 'smtp-mail.outlook.com', '*.office365.com', '*.outlook.com', 'localhost']) {
      expect(leaf.subjectaltname).toContain(`DNS:${name}`);
    }
    expect(leaf.subjectaltname).toContain('IP Address:127.0.0.1');
    expect(leaf.fingerprint256).not.toBe(leaf.issuerCertificate.fingerprint256); // not self-signed
    client.close();
  });

  it('logs in with AUTH LOGIN, records the message, and keeps secrets out of the log', async () => {
    const transport = labTransport(lab, 'login');
    const subject = `login ${Date.now()}`;
    const info = await transport.sendMail(testMessage(lab, subject));
    transport.close();
    expect(info.response).toMatch(/^250 2\.0\.0 OK/);
    const message = lab.received.find((m) => m.raw.includes(subject));
    expect(message?.from).toBe(lab.credentials.user);
    expect(message?.to).toEqual([lab.credentials.user]);
    const log = lab.log.join('\n');
    expect(log).toContain('C: AUTH LOGIN');
    expect(log).toContain('S: 235 2.7.0 Authentication successful');
    for (const secret of [lab.credentials.password, Buffer.from(lab.credentials.password).toString('base64'), Buffer.from(lab.credentials.user).toString('base64')]) {
      expect(log).not.toContain(secret);
    }
  });

  it('logs in with XOAUTH2 and the lab access token', async () => {
    const transport = labTransport(lab, 'oauth');
    const subject = `oauth ${Date.now()}`;
    await transport.sendMail(testMessage(lab, subject));
    transport.close();
    expect(lab.received.some((m) => m.raw.includes(subject))).toBe(true);
    expect(lab.log.join('\n')).not.toContain(lab.credentials.accessToken);
  });

  it('rejects a wrong password and a token for another user with 535 5.7.3', async () => {
    const wrongPassword = await rejectionOf(labTransport(lab, 'login', { auth: { user: lab.credentials.user, pass: 'nope' } }).verify());
    expect(wrongPassword.code).toBe('EAUTH');
    expect(wrongPassword.response).toMatch(/^535 5\.7\.3 Authentication unsuccessful/);
    expect(wrongPassword.response).toMatch(TRAILER);

    const otherUser = labTransport(lab, 'oauth', {
      auth: { type: 'OAuth2', user: 'someone.else@contoso.example', accessToken: lab.credentials.accessToken },
    });
    const rejected = await rejectionOf(otherUser.verify());
    expect(rejected.responseCode).toBe(535);
    expect(rejected.response).toMatch(/^535 5\.7\.3 /);
  });

  it('refuses MAIL FROM without AUTH with 530 5.7.57', async () => {
    const error = await rejectionOf(labTransport(lab, 'none').sendMail(testMessage(lab)));
    expect(error.responseCode).toBe(530);
    expect(error.response).toMatch(/^530 5\.7\.57 Client not authenticated to send mail/);
  });

  it('gives "wrong version number" to a client speaking implicit TLS to this STARTTLS port', async () => {
    const error = await rejectionOf(labTransport(lab, 'login', { secure: true }).verify());
    expect(error.code).toBe('ESOCKET');
    expect(error.originalCode ?? error.code).toBe('ERR_SSL_WRONG_VERSION_NUMBER');
  });
});

describe('implicit-tls: the healthy server on implicit TLS', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab('implicit-tls');
  });
  afterAll(() => lab.close());

  it('speaks TLS from the first byte and accepts the lab credentials', async () => {
    expect(lab.security).toBe('tls');
    const transport = labTransport(lab, 'login');
    await expect(transport.verify()).resolves.toBe(true);
    transport.close();
  });

  it('never greets a client that expects plaintext (STARTTLS/plain against an implicit-TLS port)', async () => {
    const started = Date.now();
    const error = await rejectionOf(labTransport(lab, 'login', { secure: false, requireTLS: true, greetingTimeout: 700 }).verify());
    expect(error.code).toBe('ETIMEDOUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
  });
});
