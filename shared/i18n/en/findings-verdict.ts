/** English messages: result headings that say exactly what a run proved (shared/findings/verdict-summary.ts). */
export const findingsVerdict = {
  'verdict.works': "Sending works",
  'verdict.reachable-not-checked': "The server is reachable and secure — your account was not checked",
  'verdict.warning': "Sending works, with a warning",
  'verdict.failed': "Sending doesn't work yet",
  'verdict.cancelled': "The test was stopped",
} as const;
