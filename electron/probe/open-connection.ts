import type { Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { PRESETS } from '../../shared/presets';
import type { Evidence } from '../../shared/types';
import { resolveHost, type Resolver } from './resolve-host';
import { cancelRun, type RunContext } from './run-context';
import { connectTcp } from './tcp-connect';

/** The resolve and connect stages. Returns the connected socket, or null when they failed. */
export async function openConnection(ctx: RunContext, resolver: Resolver, isOnline: () => boolean): Promise<Socket | null> {
  const { rec, request, transcript } = ctx;
  const offline = () => !isOnline();

  rec.begin('resolve');
  const resolved = await resolveHost(request.host, resolver, ctx.timeouts.resolve, ctx.signal);
  if (!resolved.ok) {
    if (resolved.reason === 'aborted') return cancelled(ctx);
    const code = resolved.reason === 'timeout' ? 'EAI_AGAIN' : (resolved.error?.code ?? 'ENOTFOUND');
    const message = resolved.reason === 'timeout' ? `DNS lookup timed out after ${ctx.timeouts.resolve} ms` : (resolved.error?.message ?? 'lookup failed');
    const evidence: Evidence[] = [{ kind: 'socket-error', code, message }];
    if (offline()) evidence.push({ kind: 'fact', fact: 'offline', detail: 'no network interface is up' });
    transcript.error(`could not resolve ${request.host}: ${message}`);
    rec.end('fail', `${request.host}: ${code}`, evidence);
    return null;
  }
  const microsoftPreset = request.presetId !== undefined && PRESETS[request.presetId].microsoft;
  if (resolved.literal) {
    // Microsoft: "You must use the DNS name smtp.office365.com. Do not use an IP address."
    rec.end(microsoftPreset ? 'warn' : 'pass', microsoftPreset ? 'IP address given; Microsoft asks for the DNS name' : 'IP address given, no lookup needed');
  } else {
    transcript.info(`resolved ${request.host} to ${resolved.addresses.join(', ')}`);
    rec.end('pass', `${request.host} → ${resolved.addresses.join(', ')}`);
  }

  rec.begin('connect');
  transcript.info(`Trying ${request.host}:${request.port}...`);
  const facts: Evidence[] = [];
  if (request.port === 465 && ctx.microsoftHost) {
    facts.push({ kind: 'fact', fact: 'port-465-microsoft', detail: 'Microsoft does not offer SMTP submission on port 465' });
  }
  const connected = await connectTcp(resolved.addresses, request.port, ctx.timeouts.connect, ctx.signal);
  if (!connected.ok) {
    if (connected.reason === 'aborted') return cancelled(ctx);
    const evidence: Evidence[] =
      connected.reason === 'timeout'
        ? [
            { kind: 'socket-error', code: 'ETIMEDOUT', message: `no answer from port ${request.port} within ${ctx.timeouts.connect} ms` },
            { kind: 'fact', fact: 'timeout', detail: 'the connection attempt got no answer (a firewall may drop it)' },
          ]
        : [{ kind: 'socket-error', code: connected.error?.code ?? 'ECONNECTION', message: connected.error?.message ?? 'connection failed' }];
    if (offline()) evidence.push({ kind: 'fact', fact: 'offline', detail: 'no network interface is up' });
    const first = evidence[0];
    const summary = first && first.kind === 'socket-error' ? `${first.code}: ${first.message}` : 'connection failed';
    transcript.error(summary);
    rec.end('fail', summary, [...evidence, ...facts]);
    return null;
  }
  transcript.info(`Connected to ${connected.address}:${request.port}`);
  if (request.security === 'none') {
    facts.push({ kind: 'fact', fact: 'plain-connection', detail: 'this session is not encrypted' });
  }
  rec.end(facts.length > 0 ? 'warn' : 'pass', `connected to ${connected.address}:${request.port}`, facts);
  return connected.socket;
}

function cancelled(ctx: RunContext): null {
  cancelRun(ctx);
  return null;
}

/** Whether any non-loopback network interface is up (no network at all → 'offline'). */
export function hasNetworkInterface(): boolean {
  return Object.values(networkInterfaces()).some((list) => (list ?? []).some((entry) => !entry.internal));
}
