import type { CliCommand } from './command';
import { explainCommand } from './explain-command';
import { exportCommand } from './export-command';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [explainCommand, exportCommand];
