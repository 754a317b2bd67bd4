/** English messages: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts = {
  // "Sending works", its warning and "reachable and secure — not checked" are the diagnosis's (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'The server accepted a test message without signing in',
  'verdict.heading.reachable-plain-not-checked': 'The server is reachable, but not encrypted — your account was not checked',
  'verdict.heading.not-working': 'Sending does not work yet',
  'verdict.heading.cancelled': 'The test was cancelled',

  'verdict.checklist': 'What this test checked',
  'verdict.state.checked': 'Checked',
  'verdict.state.not-checked': 'Not checked',
  'verdict.state.failed': 'Did not work',
  'verdict.state.not-asked': 'Not asked for',
  'verdict.check.reach.checked': 'This computer reached {host} on port {port}.',
  'verdict.check.reach.not-checked': 'Reaching {host} on port {port}.',
  'verdict.check.reach.failed': 'Reaching {host} on port {port}.',
  'verdict.check.secure.checked': 'The connection was encrypted and the server’s certificate checked.',
  'verdict.check.secure.not-checked': 'Encrypting the connection.',
  'verdict.check.secure.failed': 'Encrypting the connection.',
  'verdict.check.sign-in.checked': 'Signed in as {user}.',
  'verdict.check.sign-in.not-checked': 'Your account: this test did not sign in, so it cannot tell whether your mail app will be able to.',
  'verdict.check.sign-in.failed': 'Signing in as {user}.',
  'verdict.check.message.checked': 'A test message was handed to the server for {address}.',
  'verdict.check.message.not-checked': 'Sending a test message.',
  'verdict.check.message.failed': 'Sending a test message to {address}.',
  'verdict.check.message.not-asked': 'Sending a test message.',

  // The CLI adds one line under "Verdict: …" (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Proven: {heading}.',
} as const;
