/**
 * `npx tsx test/lab/fuzz/escape-server.ts [starttls|tls|none]`: one hostile server whose
 * greeting carries ESC sequences (title, clear screen, hidden text), NUL, C1, CR, LS and
 * a right-to-left override, for looking at what the CLI prints (`| cat -v`). Prints
 * its port, serves until stopped (Ctrl-C), on 127.0.0.1 only.
 */
import { labPki } from '../lab-pki';
import type { FuzzSecurity } from './fuzz-case';
import { startHostileServer } from './hostile-server';

const security = (process.argv[2] ?? 'none') as FuzzSecurity;
const pki = await labPki();
const servers = [];
// One server per connection: each fuzz server turns hostile once.
async function serve(): Promise<void> {
  const server = await startHostileServer(
    { index: 0, seed: 1, security, auth: 'none', sendTest: false, moment: 'greeting', behaviour: 'escape', smtpUtf8: false },
    pki.served.healthy,
  );
  servers.push(server);
  process.stdout.write(`${server.port}\n`);
}
await serve();
process.on('SIGINT', () => process.exit(0));
