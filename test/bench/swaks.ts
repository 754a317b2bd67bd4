/**
 * swaks (Debian's /usr/bin/swaks) as a peer client. Its TLS needs Net::SSLeay
 * (libnet-ssleay-perl + libio-socket-ssl-perl, only "Recommends" of the swaks package),
 * so availability is checked rather than assumed.
 */
import { timeChild } from './child-timing';

export const SWAKS = 'swaks';

export interface SwaksTarget {
  port: number;
  user: string;
  password: string;
  caPath: string;
  servername: string;
}

/** STARTTLS with the lab root trusted, AUTH LOGIN, then QUIT (waits for 221). */
export function swaksLoginArgs(target: SwaksTarget): string[] {
  return [
    '--server', `127.0.0.1:${target.port}`,
    '--tls', '--tls-verify', '--tls-ca-path', target.caPath, '--tls-sni', target.servername,
    '--auth', 'LOGIN', '--auth-user', target.user, '--auth-password', target.password,
    '--quit-after', 'AUTH',
  ];
}

/** Connects only, with swaks' own default timeout (no --timeout given). */
export function swaksConnectArgs(port: number): string[] {
  return ['--server', `127.0.0.1:${port}`, '--quit-after', 'CONNECT'];
}

export type SwaksAvailability = { ok: true } | { ok: false; reason: string };

export async function swaksAvailability(): Promise<SwaksAvailability> {
  try {
    const run = await timeChild(SWAKS, ['--support'], { capMs: 10_000 });
    const text = run.stdout + run.stderr;
    if (/=== TLS supported/.test(text)) return { ok: true };
    const why = /\*\*\* TLS not available[^\n]*/.exec(text)?.[0] ?? 'swaks --support does not list TLS';
    return { ok: false, reason: why.replace(/^\*\*\*\s*/, '') };
  } catch (error) {
    return { ok: false, reason: `swaks not runnable: ${(error as Error).message}` };
  }
}

/** swaks' documented default transaction timeout, read from `swaks --help` (seconds). */
export async function swaksDefaultTimeoutSeconds(): Promise<number | null> {
  try {
    const help = (await timeChild(SWAKS, ['--help'], { capMs: 10_000 })).stdout;
    const section = help.slice(Math.max(0, help.indexOf('--timeout')));
    const match = /Default value is (\d+)s/.exec(section);
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
