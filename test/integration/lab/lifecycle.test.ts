import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, isScenarioId, startLab } from '../../lab';
import { handleSnapshot, settleTo } from './helpers/handles';

/** Opens a TCP connection and holds it briefly, so close() has a live session to tear down. */
function touch(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const finish = () => {
      socket.destroy();
      resolve();
    };
    socket.setTimeout(150, finish);
    socket.once('error', finish);
    socket.once('close', finish);
    socket.once('data', () => setTimeout(finish, 20));
  });
}

describe('every scenario starts, describes itself, and closes without leaving handles', () => {
  for (const id of SCENARIO_IDS) {
    it(id, async () => {
      const info = SCENARIOS[id];
      expect(info.description.length).toBeGreaterThan(20);
      if (info.finding !== null) expect(info.finding).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      if (info.failsAt !== null) expect(info.reply !== undefined || info.clientError !== undefined).toBe(true);

      const baseline = handleSnapshot();
      const lab = await startLab(id, { delayMs: id === 'slow-server' ? 50 : undefined });
      expect(lab.host).toBe('127.0.0.1');
      expect(lab.port).toBeGreaterThan(0);
      expect(lab.security).toBe(info.security);
      expect(lab.servername).toBe('smtp.office365.com');
      expect(lab.caPem).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(lab.credentials.user).toContain('@');

      const live = touch(lab.port);
      // Close while the client may still be connected: close() must end the session itself.
      await new Promise((resolve) => setTimeout(resolve, 30));
      await lab.close();
      await live;
      await lab.close(); // idempotent
      expect(await settleTo(baseline)).toEqual(baseline);
    });
  }

  it('rejects an unknown scenario id', async () => {
    expect(isScenarioId('healthy')).toBe(true);
    expect(isScenarioId('nope')).toBe(false);
    // @ts-expect-error: not a ScenarioId
    await expect(startLab('nope')).rejects.toThrow(/unknown lab scenario "nope"/);
  });
});
