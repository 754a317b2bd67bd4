import type { Security, StageId } from './types';

/**
 * The stages a probe runs, in wire order. Implicit TLS secures the socket before the
 * greeting and its only EHLO is already inside TLS; plain connections have no TLS
 * stage. Optional stages stay in the plan so the UI shows them as "not tried"
 * rather than leaving a gap. Shared so the timeline can lay out every row up front.
 */
export function planStages(security: Security): StageId[] {
  const tail: StageId[] = ['auth', 'mail-from', 'rcpt-to', 'data', 'quit'];
  switch (security) {
    case 'starttls':
      return ['resolve', 'connect', 'greeting', 'ehlo', 'starttls', 'ehlo-tls', ...tail];
    case 'tls':
      return ['resolve', 'connect', 'tls', 'greeting', 'ehlo', ...tail];
    case 'none':
      return ['resolve', 'connect', 'greeting', 'ehlo', ...tail];
  }
}
