import { describe, expect, it } from 'vitest';
import { isLazyCommand, lazyCommand, type CliCommand, type CliIo } from '../../../electron/cli/command';
import { COMMANDS } from '../../../electron/cli/commands';
import { dispatch } from '../../../electron/cli/dispatch';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {} };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A lazy entry that counts how often its module was loaded. */
function counted(name: string) {
  let loads = 0;
  const command: CliCommand = { name, summary: `${name} summary`, usage: `usage of ${name}`, run: async (args) => (args[0] === 'fail' ? 1 : 0) };
  const entry = lazyCommand(name, command.summary, async () => {
    loads++;
    return command;
  });
  return { entry, loads: () => loads };
}

describe('CLI command registry', () => {
  it('registers every command lazily, with the name and summary its module declares', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['probe', 'discover', 'explain', 'export', 'signout']);
    for (const entry of COMMANDS) {
      expect(isLazyCommand(entry)).toBe(true);
      if (!isLazyCommand(entry)) continue;
      const loaded = await entry.load();
      expect({ name: loaded.name, summary: loaded.summary }).toEqual({ name: entry.name, summary: entry.summary });
      expect(loaded.usage).toContain(`mail-setup ${entry.name}`);
    }
  });

  it('lists the commands for --help without loading any of them', async () => {
    const probe = counted('probe');
    const explain = counted('explain');
    const cli = fakeIo();
    expect(await dispatch(['--help'], [probe.entry, explain.entry], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/probe\s+probe summary\n\s+explain\s+explain summary/);
    expect(probe.loads() + explain.loads()).toBe(0);
  });

  it('loads only the command that runs, and passes its exit code through', async () => {
    const probe = counted('probe');
    const explain = counted('explain');
    expect(await dispatch(['explain', 'fail'], [probe.entry, explain.entry], fakeIo().io)).toBe(1);
    expect(await dispatch(['explain'], [probe.entry, explain.entry], fakeIo().io)).toBe(0);
    expect([probe.loads(), explain.loads()]).toEqual([0, 2]);
  });

  it("prints a lazy command's own usage for `<command> --help`", async () => {
    const explain = counted('explain');
    const cli = fakeIo();
    expect(await dispatch(['explain', '--help'], [explain.entry], cli.io)).toBe(0);
    expect(cli.stdout()).toBe('usage of explain\n');
  });

  it('still accepts commands given directly, as the command tests do', async () => {
    const direct: CliCommand = { name: 'x', summary: 's', usage: 'u', run: async () => 1 };
    expect(await dispatch(['x'], [direct], fakeIo().io)).toBe(1);
    const unknown = fakeIo();
    expect(await dispatch(['y'], [direct], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "y"');
  });
});
