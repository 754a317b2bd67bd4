/** nodemailer set up the way a careful client talks to a lab: the lab root trusted, short timeouts. */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Lab } from '../../../lab';

export type LabAuth = 'login' | 'oauth' | 'none';

export function labTransport(lab: Lab, auth: LabAuth = 'login', overrides: SMTPTransport.Options = {}) {
  const { user, password, accessToken } = lab.credentials;
  const authOptions: Partial<SMTPTransport.Options> =
    auth === 'login'
      ? { auth: { user, pass: password }, authMethod: 'LOGIN' }
      : auth === 'oauth'
        ? { auth: { type: 'OAuth2', user, accessToken } }
        : {};
  return nodemailer.createTransport({
    host: lab.host,
    port: lab.port,
    secure: lab.security === 'tls',
    requireTLS: lab.security === 'starttls',
    tls: { ca: [lab.caPem], servername: lab.servername },
    connectionTimeout: 2000,
    greetingTimeout: 2000,
    socketTimeout: 5000,
    ...authOptions,
    ...overrides,
  });
}

export function testMessage(lab: Lab, subject = `lab test ${Date.now()}`) {
  return { from: lab.credentials.user, to: lab.credentials.user, subject, text: 'Sent by the lab tests.' };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
