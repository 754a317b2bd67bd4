/**
 * Files this session saved, by an opaque id, so "Show in folder" and "Open" act only on
 * files the app itself just wrote: the page sends the id, never a path it could choose.
 * "Open" is refused for the .prf/.cmd pair (opening the .cmd would run a script) and for
 * anything but the kinds of file people read or install.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const KEEP = 50;
const OPENABLE = new Set(['.html', '.pdf', '.mobileconfig', '.xml']);

export interface SavedExport {
  paths: string[];
  canOpen: boolean;
}

export interface SavedExports {
  add(paths: string[]): { savedId: string; canOpen: boolean };
  get(savedId: string): SavedExport | undefined;
}

export function createSavedExports(): SavedExports {
  const saved = new Map<string, SavedExport>();
  return {
    add(paths) {
      const main = paths[0] ?? '';
      const canOpen = OPENABLE.has(path.extname(main).toLowerCase());
      const savedId = randomUUID();
      saved.set(savedId, { paths, canOpen });
      while (saved.size > KEEP) saved.delete(saved.keys().next().value as string);
      return { savedId, canOpen };
    },
    get: (savedId) => saved.get(savedId),
  };
}
