import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lab, startDelayProxy, startLab } from '../../lab';
import { RawSmtp } from './helpers/raw-smtp';
import { labTransport, testMessage } from './helpers/lab-client';
import { handleSnapshot, settleTo } from './helpers/handles';

describe('startDelayProxy: one-way delay per chunk', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab('healthy');
  });
  afterAll(() => lab.close());

  it('adds about 2 × delay to each round trip and passes STARTTLS, AUTH and DATA through untouched', async () => {
    const baseline = handleSnapshot();
    const proxy = await startDelayProxy({ targetPort: lab.port, delayMs: 50 });

    const started = Date.now();
    const { client, greeting } = await RawSmtp.connect(proxy.port);
    const greetingMs = Date.now() - started; // connect, then greeting: one hop each way to the server
    expect(greeting).toMatch(/^220 .*Microsoft ESMTP/);
    const rttStarted = Date.now();
    expect(await client.command('NOOP')).toBe('250 2.0.0 OK');
    const rttMs = Date.now() - rttStarted;
    client.close();
    expect(greetingMs).toBeGreaterThanOrEqual(45); // greeting crossed the proxy once
    expect(rttMs).toBeGreaterThanOrEqual(95); // command + reply crossed it twice
    expect(rttMs).toBeLessThan(2000); // generous: the delay is per chunk, not cumulative

    const subject = `through proxy ${Date.now()}`;
    const transport = labTransport({ ...lab, port: proxy.port }, 'login');
    await transport.sendMail(testMessage(lab, subject));
    transport.close();
    expect(lab.received.some((m) => m.raw.includes(subject))).toBe(true);

    await proxy.close();
    expect(await settleTo(baseline)).toEqual(baseline);
  });
});
