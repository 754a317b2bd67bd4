import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, startLab } from '../../lab';
import { RawSmtp } from './helpers/raw-smtp';
import { labTransport, rejectionOf } from './helpers/lab-client';

/** Outcome of a bare TCP connect with a client-side timeout. */
function tcpConnect(port: number, timeoutMs: number): Promise<{ outcome: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (outcome: string) => {
      socket.destroy();
      resolve({ outcome, ms: Date.now() - started });
    };
    socket.setTimeout(timeoutMs, () => done(socket.connecting ? 'connect-timeout' : 'idle-timeout'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
  });
}

describe('network-level scenarios', () => {
  it('port-blocked: the TCP connect never completes (silent drop), so only the client timeout ends it', async () => {
    const lab = await startLab('port-blocked');
    try {
      const { outcome, ms } = await tcpConnect(lab.port, 600);
      expect(outcome).toBe('connect-timeout');
      expect(ms).toBeGreaterThanOrEqual(550);
      // A second client fares no better: the parked connection keeps the queue full.
      const error = await rejectionOf(labTransport(lab, 'login', { connectionTimeout: 600 }).verify());
      expect(error.code).toBe(SCENARIOS['port-blocked'].clientError);
    } finally {
      await lab.close();
    }
  });

  it('connection-refused: ECONNREFUSED at once', async () => {
    const lab = await startLab('connection-refused');
    try {
      const { outcome } = await tcpConnect(lab.port, 2000);
      expect(outcome).toBe('ECONNREFUSED');
      const error = await rejectionOf(labTransport(lab).verify());
      expect(error.code).toBe('ESOCKET');
      expect(error.originalCode ?? error.code).toBe('ECONNREFUSED');
    } finally {
      await lab.close();
    }
  });

  it('greeting-timeout: connects, then silence until the client gives up', async () => {
    const lab = await startLab('greeting-timeout');
    try {
      const { outcome, ms } = await tcpConnect(lab.port, 500);
      expect(outcome).toBe('idle-timeout'); // connected, nothing said
      expect(ms).toBeGreaterThanOrEqual(450);
      const error = await rejectionOf(labTransport(lab, 'login', { greetingTimeout: 600 }).verify());
      expect(error.code).toBe('ETIMEDOUT');
    } finally {
      await lab.close();
    }
  });

  it('connection-reset: the Microsoft greeting arrives, EHLO gets a reset', async () => {
    const lab = await startLab('connection-reset');
    try {
      const { client, greeting } = await RawSmtp.connect(lab.port);
      expect(greeting).toMatch(/^220 .*Microsoft ESMTP MAIL Service ready/);
      expect(await client.command('EHLO client.example')).toBe('<closed>');
      const error = await rejectionOf(labTransport(lab).verify());
      expect(error.code).toBe('ESOCKET');
      expect(error.originalCode ?? error.code).toBe('ECONNRESET');
    } finally {
      await lab.close();
    }
  });

  it('slow-server: every reply waits delayMs, and a patient client still succeeds', async () => {
    const lab = await startLab('slow-server', { delayMs: 100 });
    try {
      const started = Date.now();
      const { client } = await RawSmtp.connect(lab.port);
      const greetingMs = Date.now() - started;
      const ehloStarted = Date.now();
      await client.command('EHLO client.example');
      const ehloMs = Date.now() - ehloStarted;
      client.close();
      expect(greetingMs).toBeGreaterThanOrEqual(95);
      expect(ehloMs).toBeGreaterThanOrEqual(95);
      const transport = labTransport(lab, 'login');
      await expect(transport.verify()).resolves.toBe(true);
      transport.close();
    } finally {
      await lab.close();
    }
  });

  it('starttls-unavailable: no STARTTLS advertised or accepted; a requireTLS client refuses to go on', async () => {
    const lab = await startLab('starttls-unavailable');
    try {
      expect(lab.security).toBe('none');
      const { client } = await RawSmtp.connect(lab.port);
      const ehlo = await client.command('EHLO client.example');
      expect(ehlo).not.toContain('STARTTLS');
      expect(ehlo).not.toContain('AUTH');
      expect(await client.command('STARTTLS')).toMatch(/^500 5\.3\.3 Unrecognized command 'STARTTLS'/);
      expect(await client.command('AUTH LOGIN')).toMatch(/^504 5\.7\.4 /);
      expect(await client.command('MAIL FROM:<a@contoso.example>')).toMatch(/^451 5\.7\.3 STARTTLS is required to send mail/);
      client.close();
      const error = await rejectionOf(labTransport(lab, 'login', { requireTLS: true }).verify());
      expect(error.code).toBe('ETLS');
    } finally {
      await lab.close();
    }
  });
});
