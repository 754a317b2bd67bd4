import { modeKey, reachKey, reasonParams, tlsKey, type DiscoverResult, type PortProbe, type Reason } from '../../shared/discovery';
import { t, type MessageKey } from '../../shared/i18n';
import { formatList } from '../../shared/i18n/intl-format';
import type { HostSource, NetworkState } from '../../shared/discovery';

const NETWORK_KEYS = {
  online: 'discover.network.online',
  offline: 'discover.network.offline',
  'dns-failure': 'discover.network.dns-failure',
  'captive-portal': 'discover.network.captive-portal',
} as const satisfies Record<NetworkState, MessageKey>;

const HOST_SOURCE_KEYS = {
  given: 'discover.host.given',
  'consumer-domain': 'discover.host.consumer-domain',
  'microsoft365-mx': 'discover.host.microsoft365-mx',
  'microsoft365-dns': 'discover.host.microsoft365-dns',
  default: 'discover.host.default',
} as const satisfies Record<HostSource, MessageKey>;

const say = (reason: Reason) => t(reason.key, reasonParams(reason));

/** The human output of `mail-setup discover`: a small table, the recommendation, domain and clock. */
export function discoverText(result: DiscoverResult): string {
  const lines: string[] = [];
  lines.push(`${t('discover.cli.heading.network')}: ${t(NETWORK_KEYS[result.network.state])}`);
  // 'default' means "DNS did not say Microsoft 365", which is only news when DNS was asked.
  const source = result.target.hostSource;
  if (source !== 'given' && result.target.domain && (source !== 'default' || result.domain)) {
    lines.push(t(HOST_SOURCE_KEYS[source], { domain: result.target.domain }));
  }
  lines.push('', ...portTable(result.ports), '');

  const rec = result.recommendation;
  lines.push(`${t('discover.cli.heading.recommendation')}:`);
  lines.push(
    rec.found && rec.port !== null && rec.security
      ? `  ${t('discover.cli.recommend', { host: rec.host, port: rec.port, mode: t(modeKey(rec.security)) })}`
      : `  ${t('discover.cli.recommend-none')}`,
  );
  for (const reason of rec.reasons) lines.push(`  - ${say(reason)}`);
  if (result.target.relayHost) lines.push(`  ${t('discover.cli.relay', { host: result.target.relayHost })}`);

  if (result.domain) {
    lines.push('', `${t('discover.cli.heading.domain', { domain: result.domain.domain })}:`);
    for (const note of result.domain.notes) lines.push(`  - ${say(note)}`);
  }
  if (result.clock) lines.push('', `${t('discover.cli.heading.clock')}: ${say(result.clock.note)}`);
  if (result.findings.length > 0) lines.push('', t('discover.cli.findings', { ids: formatList(result.findings) }));
  return `${lines.join('\n')}\n`;
}

function portTable(rows: readonly PortProbe[]): string[] {
  const header = ['discover.column.port', 'discover.column.mode', 'discover.column.reach', 'discover.column.tls', 'discover.column.auth'] as const;
  const cells = rows.map((row) => [
    String(row.port),
    t(modeKey(row.security)),
    t(reachKey(row)) + (row.expected ? ` (${t('discover.expected')})` : ''),
    t(tlsKey(row)),
    row.authMechanisms.length > 0 ? row.authMechanisms.join(' ') : t('discover.auth.none'),
  ]);
  const table = [header.map((key) => t(key)), ...cells];
  const widths = header.map((_, col) => Math.max(...table.map((line) => (line[col] ?? '').length)));
  return table.map((line) => line.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd());
}
