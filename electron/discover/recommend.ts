import { modeKey, type ClockCheck, type NetworkState, type PortProbe, type Reason, type Recommendation } from '../../shared/discovery';
import { t } from '../../shared/i18n';
import type { PresetId, Security } from '../../shared/types';

export interface RecommendContext {
  host: string;
  presetId: PresetId;
  network: NetworkState;
  clock: ClockCheck | null;
  cancelled: boolean;
}

/** Submission first (587 is Microsoft's advice), then implicit-TLS submission, then the alternatives. */
const PORT_PREFERENCE: readonly number[] = [587, 465, 2525, 25];

function rank(row: PortProbe, presetId: PresetId): number {
  // A mailbox signs in, so a port without AUTH only suits relay / Direct Send (no password).
  const wantsAuth = presetId !== 'microsoft365-relay' && presetId !== 'smart-host';
  const authPenalty = wantsAuth && row.authMechanisms.length === 0 ? 100 : 0;
  const encryptionPenalty = row.security === 'none' ? 50 : 0;
  const position = PORT_PREFERENCE.indexOf(row.port);
  return authPenalty + encryptionPenalty + (position === -1 ? PORT_PREFERENCE.length : position);
}

const modeName = (security: Security) => t(modeKey(security));

/**
 * Picks the port to use and says why, in sentences for people: why this one, and why
 * not each of the others. Pure, so the reasoning is unit-tested without sockets.
 */
export function recommend(rows: readonly PortProbe[], ctx: RecommendContext): Recommendation {
  const none = (reasons: Reason[]): Recommendation => ({
    found: false,
    host: ctx.host,
    port: null,
    security: null,
    presetId: ctx.presetId,
    authMechanisms: [],
    reasons,
  });
  if (ctx.network !== 'online') return none([{ key: `discover.reason.${ctx.network}` }]);

  const usable = rows.filter((row) => row.usable).sort((a, b) => rank(a, ctx.presetId) - rank(b, ctx.presetId));
  const best = usable[0];
  const others = rows.filter((row) => row !== best).flatMap(whyNot);
  const clock: Reason[] =
    ctx.clock?.status === 'skewed' ? [{ key: 'discover.reason.clock-skew', params: { minutes: Math.round(Math.abs(ctx.clock.skewMs ?? 0) / 60_000) } }] : [];
  const cancelled: Reason[] = ctx.cancelled ? [{ key: 'discover.reason.cancelled' }] : [];
  if (!best) return none([...cancelled, ...others, ...clock, ...(ctx.cancelled ? [] : [{ key: 'discover.reason.none-works' } as const])]);

  const reasons: Reason[] = [{ key: 'discover.reason.works', params: { port: best.port, mode: modeName(best.security) } }];
  if (best.tried.length > 1 && best.tried[0]) {
    reasons.push({ key: 'discover.reason.mode-detected', params: { port: best.port, mode: modeName(best.security), tried: modeName(best.tried[0]) } });
  }
  reasons.push(
    best.authMechanisms.length > 0
      ? { key: 'discover.reason.auth-offered', params: { mechanisms: best.authMechanisms.join(', ') } }
      : { key: 'discover.reason.no-auth-offered', params: { port: best.port } },
  );
  if (best.port === 587 && best.security === 'starttls') {
    reasons.push({ key: 'discover.reason.preferred-port' });
  } else if (rows.some((row) => row.port === 587 && !row.usable)) {
    reasons.push({ key: 'discover.reason.fallback-port', params: { port: best.port, preferred: 587 } });
  }
  return {
    found: true,
    host: ctx.host,
    port: best.port,
    security: best.security,
    presetId: ctx.presetId,
    authMechanisms: [...best.authMechanisms],
    reasons: [...reasons, ...others, ...clock, ...cancelled],
  };
}

/** Why a row was not chosen, when it failed; usable runners-up need no excuse. */
function whyNot(row: PortProbe): Reason[] {
  if (row.usable) return [];
  const port = row.port;
  if (row.expected) return [{ key: 'discover.reason.465-microsoft' }];
  switch (row.reachability) {
    case 'blocked':
      return [port === 25 ? { key: 'discover.reason.port-25-blocked' } : { key: 'discover.reason.blocked', params: { port } }];
    case 'refused':
      return [{ key: 'discover.reason.refused', params: { port } }];
    case 'no-greeting':
    case 'reset':
      return [{ key: 'discover.reason.no-greeting', params: { port } }];
    default:
      break;
  }
  if (row.tls === 'unverified') return [{ key: 'discover.reason.tls-problem', params: { port, diagnosis: row.tlsDiagnosis ?? 'unknown' } }];
  if (row.tls === 'not-offered') return [{ key: 'discover.reason.no-tls', params: { port } }];
  return [];
}
