/**
 * A real DNS server on 127.0.0.1 (dns2's UDP server) answering from a small zone, so the
 * domain checks and the network-status lookups run against real DNS packets. A name can
 * also SERVFAIL or never be answered; unknown names get NXDOMAIN.
 */
import { Resolver } from 'node:dns/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  MX?: { exchange: string; priority: number }[];
  /** Each record is a list of character strings (chunks), as on the wire. */
  TXT?: string[][];
  CNAME?: string;
}

export type Zone = Record<string, ZoneEntry | 'servfail' | 'silent'>;

export interface LocalDns {
  /** "127.0.0.1:PORT", for Resolver.setServers. */
  server: string;
  /** A node:dns Resolver pointed only at this server. */
  resolver(options?: { timeout?: number; tries?: number }): Resolver;
  /** Questions asked, as "TYPE name". */
  queries: string[];
  close(): Promise<void>;
}

// dns2 ships no type declarations; this is the part of its API used here.
interface Dns2Packet {
  header: { rcode: number };
  questions: { name: string; type: number }[];
  answers: Record<string, unknown>[];
}
interface Dns2 {
  Packet: {
    TYPE: Record<'A' | 'AAAA' | 'MX' | 'TXT' | 'CNAME', number>;
    CLASS: { IN: number };
    createResponseFromRequest(request: Dns2Packet): Dns2Packet;
  };
  createUDPServer(handler: (request: Dns2Packet, send: (response: Dns2Packet) => Promise<unknown>) => void): {
    bind(port: number, address: string, callback: () => void): void;
    address(): AddressInfo;
    close(callback: () => void): void;
  };
}
const dns2 = createRequire(import.meta.url)('dns2') as Dns2;
const { Packet } = dns2;

const SERVFAIL = 2;
const NXDOMAIN = 3;

export async function startLocalDns(zone: Zone): Promise<LocalDns> {
  const queries: string[] = [];
  const names = new Map(Object.entries(zone).map(([name, entry]) => [name.toLowerCase(), entry]));
  const typeName = (type: number) => Object.entries(Packet.TYPE).find(([, value]) => value === type)?.[0] ?? String(type);

  const server = dns2.createUDPServer((request, send) => {
    const question = request.questions[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push(`${typeName(question.type)} ${name}`);
    const entry = names.get(name);
    if (entry === 'silent') return;
    const response = Packet.createResponseFromRequest(request);
    if (entry === 'servfail') response.header.rcode = SERVFAIL;
    else if (!entry) response.header.rcode = NXDOMAIN;
    else response.answers.push(...answers(question.name, question.type, entry));
    void send(response);
  });
  await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
  const address = `127.0.0.1:${server.address().port}`;

  return {
    server: address,
    queries,
    resolver(options = {}) {
      const resolver = new Resolver({ timeout: options.timeout ?? 500, tries: options.tries ?? 1 });
      resolver.setServers([address]);
      return resolver;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function answers(name: string, type: number, entry: ZoneEntry): Record<string, unknown>[] {
  const base = { name, class: Packet.CLASS.IN, ttl: 60 };
  const T = Packet.TYPE;
  // A CNAME answers every type, as in real DNS.
  if (entry.CNAME) return [{ ...base, type: T.CNAME, domain: entry.CNAME }];
  switch (type) {
    case T.A:
      return (entry.A ?? []).map((address) => ({ ...base, type: T.A, address }));
    case T.AAAA:
      return (entry.AAAA ?? []).map((address) => ({ ...base, type: T.AAAA, address }));
    case T.MX:
      return (entry.MX ?? []).map((mx) => ({ ...base, type: T.MX, exchange: mx.exchange, priority: mx.priority }));
    case T.TXT:
      return (entry.TXT ?? []).map((data) => ({ ...base, type: T.TXT, data }));
    default:
      return [];
  }
}
