/**
 * The probe command as the CLI ships it: the findings catalogue's titles wired in, so the
 * stage table shows each finding's title next to its id. Its own module so that only
 * `probe` loads the catalogue together with the probe engine.
 */
import { describeFinding } from '../../shared/findings/describe';
import { isFindingId } from '../../shared/findings/ids';
import type { CliCommand } from './command';
import { createProbeCommand } from './probe-command';

const describe = (id: string) => (isFindingId(id) ? describeFinding(id).title : undefined);

export const probeCliCommand: CliCommand = createProbeCommand({ describe });
