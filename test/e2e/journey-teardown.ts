/**
 * After the E2E run: the journey records of this run (journey-metrics.ts) beside the
 * numbers measured before the address-first journey (journey-before.json), in
 * artifacts/e2e/journey-metrics.json. A run without journeys leaves the file as it is.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS } from './fixtures';
import { JOURNEY_DIR, type JourneyRecord } from './journey-metrics';

type Summary = Pick<JourneyRecord, 'journey' | 'mode' | 'variant' | 'clicks' | 'keys' | 'typed' | 'seconds' | 'identityProvider'>;

const summary = ({ journey, mode, variant, clicks, keys, typed, seconds, identityProvider }: JourneyRecord): Summary => ({
  journey,
  mode,
  variant,
  clicks,
  keys,
  typed,
  seconds,
  ...(identityProvider ? { identityProvider } : {}),
});

export default async function journeyTeardown(): Promise<void> {
  if (!existsSync(JOURNEY_DIR)) return;
  const files = (await readdir(JOURNEY_DIR)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) return;
  const after = await Promise.all(files.map(async (f) => summary(JSON.parse(await readFile(join(JOURNEY_DIR, f), 'utf8')) as JourneyRecord)));
  const before = JSON.parse(await readFile(join('test', 'e2e', 'journey-before.json'), 'utf8')) as { measured: string; journeys: JourneyRecord[] };
  const metrics = { before: { measured: before.measured, journeys: before.journeys.map(summary) }, after: { journeys: after } };
  await writeFile(join(ARTIFACTS, 'journey-metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
}
