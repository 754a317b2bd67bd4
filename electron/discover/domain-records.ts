import type { AutodiscoverCheck, DmarcCheck, DomainCheck, DomainProvider, MxCheck, MxHost, Reason, SpfCheck } from '../../shared/discovery';
import { isConsumerMicrosoftDomain } from '../../shared/presets';

/** Exchange Online's inbound hosts: <tenant>.mail.protection.outlook.com (and the US government twin). */
const PROTECTION_SUFFIXES = ['.mail.protection.outlook.com', '.mail.protection.office365.us'];
/** Outlook.com's consumer MX, e.g. hotmail-com.olc.protection.outlook.com. */
const OUTLOOK_COM_SUFFIX = '.olc.protection.outlook.com';
const MICROSOFT_AUTODISCOVER = ['autodiscover.outlook.com', 'autodiscover-s.outlook.com'];

const normalize = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/**
 * Sorted by preference, numerically. (Thunderbird sorts with `(a, b) => a.prio > b.prio`,
 * a boolean comparator that Array.prototype.sort does not treat as an ordering.)
 */
export function sortMx(records: readonly MxHost[]): MxHost[] {
  return records
    .map((r) => ({ exchange: normalize(r.exchange), priority: r.priority }))
    .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange));
}

export function mxCheck(records: readonly MxHost[]): MxCheck {
  const hosts = sortMx(records);
  const protection = hosts.find((h) => PROTECTION_SUFFIXES.some((s) => h.exchange.endsWith(s)));
  return {
    status: hosts.length > 0 ? 'found' : 'none',
    hosts,
    microsoft365: protection !== undefined,
    protectionHost: protection?.exchange ?? null,
    outlookCom: hosts.some((h) => h.exchange.endsWith(OUTLOOK_COM_SUFFIX)),
  };
}

/** TXT records arrive as chunks of ≤255 characters; a record is their concatenation. */
function joinTxt(records: readonly (readonly string[])[]): string[] {
  return records.map((chunks) => chunks.join(''));
}

export function spfCheck(txt: readonly (readonly string[])[]): SpfCheck {
  const record = joinTxt(txt).find((r) => /^v=spf1(\s|$)/i.test(r.trim())) ?? null;
  return {
    status: record ? 'found' : 'none',
    record,
    includesMicrosoft: record !== null && /(^|\s)[+~?-]?include:spf\.protection\.outlook\.(com|us)(\s|$)/i.test(record),
  };
}

export function dmarcCheck(txt: readonly (readonly string[])[]): DmarcCheck {
  const record = joinTxt(txt).find((r) => /^v=DMARC1\s*(;|$)/i.test(r.trim())) ?? null;
  const policy = record ? /(?:^|;)\s*p\s*=\s*(none|quarantine|reject)\s*(?:;|$)/i.exec(record)?.[1]?.toLowerCase() : undefined;
  return { status: record ? 'found' : 'none', record, policy: (policy as DmarcCheck['policy'] | undefined) ?? null };
}

export function autodiscoverCheck(cnames: readonly string[]): AutodiscoverCheck {
  const target = cnames[0] ? normalize(cnames[0]) : null;
  return { status: target ? 'found' : 'none', target, microsoft: target !== null && MICROSOFT_AUTODISCOVER.includes(target) };
}

/** Which service the domain's mail is on, from strongest evidence (MX) to weaker (SPF, autodiscover). */
export function domainProvider(domain: string, checks: Pick<DomainCheck, 'mx' | 'spf' | 'autodiscover'>): DomainProvider {
  if (isConsumerMicrosoftDomain(domain) || checks.mx.outlookCom) return 'outlook-com';
  if (checks.mx.microsoft365 || checks.spf.includesMicrosoft || checks.autodiscover.microsoft) return 'microsoft365';
  if (checks.mx.status === 'failed' && checks.spf.status === 'failed') return 'unknown';
  return 'other';
}

/** One plain sentence per check, saying what it means for sending. */
export function domainNotes(domain: string, c: Pick<DomainCheck, 'mx' | 'spf' | 'autodiscover' | 'dmarc'>): Reason[] {
  const notes: Reason[] = [];
  const failed = (key: Reason['key'], code: string | undefined): Reason => ({ key, params: { domain, code: code ?? 'error' } });

  if (c.mx.status === 'failed') notes.push(failed('discover.domain.mx.failed', c.mx.error));
  else if (c.mx.status === 'none') notes.push({ key: 'discover.domain.mx.none', params: { domain } });
  else if (c.mx.microsoft365) notes.push({ key: 'discover.domain.mx.microsoft365', params: { domain, host: c.mx.protectionHost ?? '' } });
  else if (c.mx.outlookCom) notes.push({ key: 'discover.domain.mx.outlook-com', params: { domain } });
  else notes.push({ key: 'discover.domain.mx.other', params: { domain, host: c.mx.hosts[0]?.exchange ?? '' } });

  if (c.spf.status === 'failed') notes.push(failed('discover.domain.spf.failed', c.spf.error));
  else if (c.spf.status === 'none') notes.push({ key: 'discover.domain.spf.none', params: { domain } });
  else notes.push({ key: c.spf.includesMicrosoft ? 'discover.domain.spf.microsoft' : 'discover.domain.spf.other', params: { domain } });

  if (c.autodiscover.status === 'failed') notes.push(failed('discover.domain.autodiscover.failed', c.autodiscover.error));
  else if (c.autodiscover.status === 'none') notes.push({ key: 'discover.domain.autodiscover.none', params: { domain } });
  else if (c.autodiscover.microsoft) notes.push({ key: 'discover.domain.autodiscover.microsoft', params: { domain } });
  else notes.push({ key: 'discover.domain.autodiscover.other', params: { domain, target: c.autodiscover.target ?? '' } });

  if (c.dmarc.status === 'failed') notes.push(failed('discover.domain.dmarc.failed', c.dmarc.error));
  else if (c.dmarc.status === 'none') notes.push({ key: 'discover.domain.dmarc.none', params: { domain } });
  else if (c.dmarc.policy === 'reject' || c.dmarc.policy === 'quarantine') {
    notes.push({ key: 'discover.domain.dmarc.strict', params: { domain, policy: c.dmarc.policy } });
  } else notes.push({ key: 'discover.domain.dmarc.monitor', params: { domain } });
  return notes;
}
