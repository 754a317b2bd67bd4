import { describeFinding } from '../../shared/findings/describe';
import { isFindingId } from '../../shared/findings/ids';
import type { CliCommand } from './command';
import { discoverCommand } from './discover-command';
import { explainCommand } from './explain-command';
import { exportCommand } from './export-command';
import { createProbeCommand } from './probe-command';
import { signoutCommand } from './signout-command';

// The probe table shows each finding's title next to its id.
const describe = (id: string) => (isFindingId(id) ? describeFinding(id).title : undefined);

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  createProbeCommand({ describe }),
  discoverCommand,
  explainCommand,
  exportCommand,
  signoutCommand,
];
