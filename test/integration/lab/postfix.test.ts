import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { postfixLab } from '../../lab';

describe('Postfix on loopback (an independent SMTP peer)', () => {
  it('takes STARTTLS + AUTH LOGIN on 2587 and delivers to the local mailbox', async () => {
    const postfix = await postfixLab();
    const transport = nodemailer.createTransport({
      host: postfix.host,
      port: postfix.port,
      secure: false,
      requireTLS: true,
      tls: { ca: [postfix.caPem], servername: postfix.servername },
      auth: { user: postfix.user, pass: postfix.password },
      authMethod: 'LOGIN',
      connectionTimeout: 3000,
      greetingTimeout: 3000,
    });
    const marker = `lab-postfix-${process.pid}-${Date.now()}`;
    try {
      const info = await transport.sendMail({ from: postfix.user, to: postfix.recipient, subject: marker, text: 'Delivered by the lab test.' });
      expect(info.response).toMatch(/^250 2\.0\.0 Ok: queued as /);
      const mailbox = await postfix.waitForDelivery(marker);
      expect(mailbox).toContain(`Subject: ${marker}`);
    } finally {
      transport.close();
    }
  });

  it('refuses a wrong password with 535 5.7.8', async () => {
    const postfix = await postfixLab();
    const transport = nodemailer.createTransport({
      host: postfix.host,
      port: postfix.port,
      requireTLS: true,
      tls: { ca: [postfix.caPem], servername: postfix.servername },
      auth: { user: postfix.user, pass: 'not-wonderland' },
      authMethod: 'LOGIN',
    });
    await expect(transport.verify()).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    transport.close();
  });
});
