/**
 * A command's usage error is a message (shared/i18n/en/cli.ts, `cli.error.*`): `--lang de`
 * prints it in German, and without --lang it stays the English sentence helpdesk scripts match.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { probeCommand } from '../../../electron/cli/probe-command';
import { setActiveLocale } from '../../../shared/i18n';

afterEach(() => setActiveLocale('en'));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => '', env: {} };
  const code = await dispatch(args, [probeCommand], io);
  return { code, stdout, stderr };
}

describe('usage errors in the CLI language', () => {
  it('prints probe --port 99999 in German with --lang de, in the unchanged English without, exit code 2 both times', async () => {
    const german = await cli(['probe', '--port', '99999', '--host', 'x', '--lang', 'de']);
    expect(german).toEqual({ code: 2, stdout: '', stderr: 'mail-setup probe: --port muss eine Zahl von 1 bis 65535 sein, erhalten: „99999“\n' });

    const english = await cli(['probe', '--port', '99999', '--host', 'x']);
    expect(english).toEqual({ code: 2, stdout: '', stderr: 'mail-setup probe: --port must be a number from 1 to 65535, got "99999"\n' });
  });
});
