import type { ProbeRequest, ProbeTimeouts, StageId, TlsReport } from '../../shared/types';
import type { Capabilities } from './ehlo-capabilities';
import type { StageRecorder } from './stage-recorder';
import { timeoutForStage } from './timeouts';
import type { Transcript } from './transcript';
import type { TrustStore } from './trust';

/** State one probe run shares between its stage groups (handshake, auth, send, quit). */
export interface RunContext {
  request: ProbeRequest;
  plan: readonly StageId[];
  timeouts: ProbeTimeouts;
  rec: StageRecorder;
  transcript: Transcript;
  signal?: AbortSignal;
  now: () => Date;
  /** The name the certificate must match: the SNI override, else the host. */
  checkedName: string;
  servername?: string;
  microsoftHost: boolean;
  trust: TrustStore;
  tls: TlsReport | null;
  caps: Capabilities;
  serverTime: Date | null;
  cancelled: boolean;
}

/** Deadline (performance.now() ms) for a stage that starts now. */
export function stageDeadline(ctx: RunContext, stage: StageId): number {
  return performance.now() + timeoutForStage(stage, ctx.timeouts);
}

/** The command a stage sends, for reply evidence when nodemailer does not name it. */
export function commandOf(stage: StageId): string {
  switch (stage) {
    case 'greeting':
    case 'connect':
    case 'tls':
      return 'CONNECT';
    case 'ehlo':
    case 'ehlo-tls':
      return 'EHLO';
    case 'starttls':
      return 'STARTTLS';
    case 'auth':
      return 'AUTH';
    case 'mail-from':
      return 'MAIL FROM';
    case 'rcpt-to':
      return 'RCPT TO';
    case 'data':
      return 'DATA';
    case 'quit':
      return 'QUIT';
    default:
      return stage.toUpperCase();
  }
}

/** Marks the run cancelled; the recorder then closes the open stage and the rest as skipped. */
export function cancelRun(ctx: RunContext): void {
  ctx.cancelled = true;
  ctx.transcript.error('cancelled');
}
