/** The server side of STARTTLS: wrap the plain socket in TLS once "220 ready" has been sent. */
import type { Socket } from 'node:net';
import { TLSSocket, type SecureContext } from 'node:tls';
import type { SMTPStream } from 'smtp-server/lib/smtp-stream.js';

export interface UpgradeHooks {
  secureContext: SecureContext;
  log(line: string): void;
  track(socket: Socket): void;
  /** Called once the handshake completed, with the socket to read the TLS session from. */
  onSecure(secure: TLSSocket): void;
}

export function upgradeToTls(raw: Socket, retiredParser: SMTPStream, hooks: UpgradeHooks): TLSSocket {
  // Plaintext pipelined after STARTTLS must never reach the TLS session (command injection).
  retiredParser.isClosed = true;
  raw.unpipe(retiredParser);
  raw.removeAllListeners('data');
  const secure = new TLSSocket(raw, { isServer: true, secureContext: hooks.secureContext });
  hooks.track(secure);
  let handshakeDone = false;
  const fail = (error: NodeJS.ErrnoException) => {
    hooks.log(`*** TLS handshake failed: ${error.code ?? error.message}`);
    secure.destroy();
    raw.destroy();
  };
  secure.once('error', fail);
  secure.once('_tlsError', fail);
  // A client that rejects the certificate usually just hangs up, without an alert the server would see as an error.
  secure.once('close', () => !handshakeDone && hooks.log('*** TLS handshake failed: the client closed the connection'));
  secure.once('secure', () => {
    handshakeDone = true;
    secure.off('error', fail);
    hooks.log(`=== TLS established ${secure.getProtocol() ?? ''} ${secure.getCipher()?.name ?? ''}`);
    hooks.onSecure(secure);
  });
  return secure;
}
