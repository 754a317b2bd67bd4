/**
 * Postfix on loopback as an independent SMTP peer (configured by postfix/setup.sh,
 * docs/build-machines.md). This module only checks that it answers and says how to reach it.
 */
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';

export interface PostfixLab {
  host: '127.0.0.1';
  /** STARTTLS required, AUTH PLAIN/LOGIN after TLS. */
  port: 2587;
  /** Implicit TLS. */
  tlsPort: 2465;
  /** TLS name the (self-signed) certificate is valid for. */
  servername: 'localhost';
  /** The certificate itself (self-signed), to pass as `ca`. */
  caPem: string;
  user: string;
  password: string;
  /** A local address whose mail lands in mailboxFile. */
  recipient: string;
  mailboxFile: string;
  /** Resolves with the mailbox text once it contains `needle` (local delivery is asynchronous). */
  waitForDelivery(needle: string, timeoutMs?: number): Promise<string>;
}

const SETUP_HINT = 'Run as root: bash test/lab/postfix/setup.sh (CI runs it before the tests).';
const MAILBOX = '/var/mail/root';

/** Resolves when something on host:port sends a 220 greeting within timeoutMs. */
function greets(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('data', (chunk) => finish(chunk.toString().startsWith('220')));
  });
}

async function readMailbox(): Promise<string> {
  try {
    return await readFile(MAILBOX, 'utf8');
  } catch {
    return '';
  }
}

async function waitForDelivery(needle: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readMailbox();
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`no message containing "${needle}" reached ${MAILBOX} within ${timeoutMs} ms (see /var/log/postfix.log)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function postfixLab(): Promise<PostfixLab> {
  if (!(await greets(2587, 3000))) {
    throw new Error(`The Postfix lab does not answer on 127.0.0.1:2587. ${SETUP_HINT}`);
  }
  let caPem: string;
  try {
    caPem = await readFile('/etc/postfix/lab.crt', 'utf8');
  } catch (error) {
    throw new Error(`Cannot read /etc/postfix/lab.crt (${String(error)}). ${SETUP_HINT}`);
  }
  return {
    host: '127.0.0.1',
    port: 2587,
    tlsPort: 2465,
    servername: 'localhost',
    caPem,
    user: 'alice@lab.localhost',
    password: 'wonderland',
    recipient: 'root@lab.localhost',
    mailboxFile: MAILBOX,
    waitForDelivery,
  };
}
