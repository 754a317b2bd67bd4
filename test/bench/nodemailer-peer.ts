/**
 * nodemailer as a peer client: verify() in-process on a healthy server, and in a child
 * process on a dropped port, because verify() cannot be cancelled and would hold this
 * process open for its full default connectionTimeout.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodemailer from 'nodemailer';
import { timeChild, type ChildTiming } from './child-timing';

const require = createRequire(import.meta.url);

export interface VerifyTarget {
  port: number;
  user: string;
  password: string;
  caPem: string;
  servername: string;
}

/** The same settings the probe uses: STARTTLS required, lab root trusted, AUTH LOGIN. */
export async function timeVerify(target: VerifyTarget): Promise<number> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: target.port,
    secure: false,
    requireTLS: true,
    tls: { ca: [target.caPem], servername: target.servername },
    auth: { user: target.user, pass: target.password },
    authMethod: 'LOGIN',
  });
  try {
    const t0 = performance.now();
    await transport.verify();
    return performance.now() - t0;
  } finally {
    transport.close();
  }
}

/** verify() with nodemailer's defaults against a port, killed at capMs. */
export function timeDefaultVerifyInChild(port: number, capMs: number): Promise<ChildTiming> {
  const script = [
    "const nodemailer = require('nodemailer');",
    "const t = nodemailer.createTransport({ host: '127.0.0.1', port: Number(process.argv[1]), secure: false, requireTLS: true });",
    't.verify().then(() => process.exit(0), () => process.exit(1));',
  ].join('\n');
  return timeChild(process.execPath, ['-e', script, String(port)], { capMs, cwd: process.cwd() });
}

/** nodemailer's default connectionTimeout as written in its source (ms), or null if not found. */
export function nodemailerDefaultConnectionTimeoutMs(): { ms: number | null; source: string } {
  const source = require.resolve('nodemailer/lib/smtp-connection');
  const match = /const CONNECTION_TIMEOUT\s*=\s*([\d\s*]+);/.exec(readFileSync(source, 'utf8'));
  const ms = match?.[1] ? match[1].split('*').reduce((product, factor) => product * Number(factor.trim()), 1) : null;
  return { ms: ms !== null && Number.isFinite(ms) ? ms : null, source };
}
