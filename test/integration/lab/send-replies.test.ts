import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, type ScenarioId, startLab } from '../../lab';
import { labTransport, rejectionOf, testMessage } from './helpers/lab-client';

const SEND_STAGES = new Set(['mail-from', 'rcpt-to', 'data']);
const SEND_REPLAYS = SCENARIO_IDS.filter((id) => SEND_STAGES.has(SCENARIOS[id].failsAt ?? ''));

/** The command nodemailer reports for a failure at each stage. */
const COMMAND_AT: Record<string, RegExp> = { 'mail-from': /^MAIL FROM/, 'rcpt-to': /^RCPT TO/, data: /^DATA/ };

describe('MAIL FROM / RCPT TO / DATA failures', () => {
  it('covers the replies the issue names', () => {
    expect(SEND_REPLAYS).toEqual(
      expect.arrayContaining<ScenarioId>([
        'auth-required',
        'send-as-denied',
        'send-as-denied-at-data',
        'quota-exceeded',
        'outbound-spam',
        'mailbox-full',
      ]),
    );
  });

  for (const id of SEND_REPLAYS) {
    const info = SCENARIOS[id];
    const reply = info.reply!;
    const wire = `${reply.code} ${reply.enhanced} ${reply.text}`;

    it(`${id}: ${info.failsAt} → ${wire.slice(0, 60)}…`, async () => {
      const lab = await startLab(id);
      try {
        const transport = labTransport(lab, 'login');
        await expect(transport.verify()).resolves.toBe(true); // sign-in itself works
        const error = await rejectionOf(transport.sendMail(testMessage(lab)));
        transport.close();
        expect(error.responseCode).toBe(reply.code);
        expect(error.response?.toString().startsWith(`${wire} [`)).toBe(true);
        expect(String(error.command)).toMatch(COMMAND_AT[info.failsAt!]!);
        expect(lab.received).toEqual([]); // nothing was delivered
      } finally {
        await lab.close();
      }
    });
  }
});
