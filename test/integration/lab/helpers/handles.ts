/**
 * Counts of live sockets, servers and child processes (process.getActiveResourcesInfo),
 * to prove a lab leaves nothing behind after close().
 */
const WATCHED = new Set(['TCPServerWrap', 'TCPSocketWrap', 'TLSWrap', 'ProcessWrap', 'PipeWrap']);

export function handleSnapshot(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of [...process.getActiveResourcesInfo()].sort()) {
    if (WATCHED.has(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Waits (briefly) for the handle counts to return to `baseline`; returns the last snapshot. */
export async function settleTo(baseline: Record<string, number>, withinMs = 1000): Promise<Record<string, number>> {
  const deadline = Date.now() + withinMs;
  let now = handleSnapshot();
  while (JSON.stringify(now) !== JSON.stringify(baseline) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    now = handleSnapshot();
  }
  return now;
}
