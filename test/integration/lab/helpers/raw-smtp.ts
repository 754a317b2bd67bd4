/** A line-level SMTP client for asserting exact server replies (nodemailer hides some). */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';

export class RawSmtp {
  private buffer = '';
  private waiting: ((reply: string) => void) | null = null;
  private ended = false;

  private constructor(private socket: Socket) {
    this.listen(socket);
  }

  static async connect(port: number, timeoutMs = 3000): Promise<{ client: RawSmtp; greeting: string }> {
    const socket = netConnect(port, '127.0.0.1');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('raw client timeout')));
    const client = new RawSmtp(socket);
    return { client, greeting: await client.read() };
  }

  static async connectTls(port: number, tls: { ca: string; servername: string }): Promise<{ client: RawSmtp; greeting: string }> {
    const socket = tlsConnect({ host: '127.0.0.1', port, ca: [tls.ca], servername: tls.servername });
    socket.setTimeout(3000, () => socket.destroy(new Error('raw client timeout')));
    const client = new RawSmtp(socket);
    return { client, greeting: await client.read() };
  }

  private listen(socket: Socket): void {
    socket.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      this.deliver();
    });
    socket.on('close', () => {
      this.ended = true;
      this.deliver();
    });
    socket.on('error', () => undefined);
  }

  private deliver(): void {
    if (!this.waiting) return;
    // A reply is complete at its final line: "NNN text" (a hyphen marks continuation lines).
    const match = /^(?:\d{3}-[^\r\n]*\r\n)*\d{3}(?: [^\r\n]*)?\r\n/.exec(this.buffer);
    if (match) {
      this.buffer = this.buffer.slice(match[0].length);
      const resolve = this.waiting;
      this.waiting = null;
      resolve(match[0].trimEnd());
    } else if (this.ended) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve('<closed>');
    }
  }

  /** The next complete reply, or "<closed>" if the server hung up first. */
  read(): Promise<string> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.deliver();
    });
  }

  command(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.read();
  }

  /** Sends STARTTLS and upgrades; resolves with the TLS socket once the handshake is done. */
  /** `ca` omitted + rejectUnauthorized false: look at whatever chain the server sends. */
  async startTls(tls: { ca?: string; servername: string; rejectUnauthorized?: boolean }): Promise<TLSSocket> {
    const reply = await this.command('STARTTLS');
    if (!reply.startsWith('220')) throw new Error(`STARTTLS refused: ${reply}`);
    const plain = this.socket;
    plain.removeAllListeners('data');
    const secure = tlsConnect({
      socket: plain,
      servername: tls.servername,
      ...(tls.ca ? { ca: [tls.ca] } : {}),
      rejectUnauthorized: tls.rejectUnauthorized ?? true,
    });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
    this.socket = secure;
    this.listen(secure);
    return secure;
  }

  get closed(): boolean {
    return this.ended;
  }

  close(): void {
    this.socket.destroy();
  }
}
