/**
 * Lab servers standing in for the ports of one host: discover asks for 587, 25 and 465,
 * and each is dialled on the lab server playing that port (labs listen on random ports).
 */
import type { DiscoverDeps } from '../../../electron/discover/discover';
import { startLab, type Lab, type ScenarioId } from '../../lab';

export interface LabPorts {
  labs: Map<number, Lab>;
  caPem: string;
  deps(extra?: Partial<DiscoverDeps>): DiscoverDeps;
  close(): Promise<void>;
}

/** Every name resolves to 127.0.0.1; nothing ever leaves loopback. */
export const loopbackResolver = async () => ['127.0.0.1'];

export async function startLabPorts(scenarios: Record<number, ScenarioId>): Promise<LabPorts> {
  const entries = await Promise.all(Object.entries(scenarios).map(async ([port, scenario]) => [Number(port), await startLab(scenario)] as const));
  const labs = new Map(entries);
  const caPem = entries[0]?.[1].caPem ?? '';
  return {
    labs,
    caPem,
    deps(extra = {}) {
      return {
        ...extra,
        // siblingPorts: only the matrix's own ports are evidence for a silent one, not this machine's 443.
        probeDeps: { resolver: loopbackResolver, extraCa: [caPem], siblingPorts: [], ...extra.probeDeps },
        dialPort: (port) => {
          const lab = labs.get(port);
          if (!lab) throw new Error(`no lab server plays port ${port}`);
          return lab.port;
        },
      };
    },
    close: async () => {
      await Promise.all([...labs.values()].map((lab) => lab.close()));
    },
  };
}
