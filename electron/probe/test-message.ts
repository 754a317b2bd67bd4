import MailComposer from 'nodemailer/lib/mail-composer';
import { t } from '../../shared/i18n';
import type { Security } from '../../shared/types';

export interface TestMessageInput {
  from: string;
  to: string;
  host: string;
  port: number;
  security: Security;
  now: Date;
}

export const TEST_MESSAGE_SUBJECT = t('probe.test-message.subject');

/** The optional test message: to the person's own address, saying what was tested and when. */
export function buildTestMessage(input: TestMessageInput): Promise<Buffer> {
  const security = input.security === 'starttls' ? 'STARTTLS' : input.security === 'tls' ? 'TLS' : 'not encrypted';
  const mail = new MailComposer({
    from: input.from,
    to: input.to,
    subject: TEST_MESSAGE_SUBJECT,
    date: input.now,
    text: t('probe.test-message.body', { host: input.host, port: input.port, security, when: input.now.toUTCString() }),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Mailer': 'Mail Setup Assistant' },
  });
  return mail.compile().build();
}
