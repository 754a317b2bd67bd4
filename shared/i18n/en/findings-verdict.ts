/** English messages: result headings that say exactly what a run proved (shared/findings/verdict-summary.ts). */
export const findingsVerdict = {
  'verdict.works': "Sending works",
  'verdict.reachable-not-checked': "The server is reachable and secure — your account was not checked",
  'verdict.warning': "Sending works, with a warning",
  // The app's headings use these words too (shared/proven.ts): one wording for each outcome.
  'verdict.failed': "Sending does not work yet",
  'verdict.cancelled': "The test was cancelled",
} as const;
