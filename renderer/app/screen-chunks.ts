/**
 * The screens other than the wizard are chunks of their own, so the first screen's JavaScript
 * stays small (test/bench/renderer-size-bench.ts). Their loading starts at start-up, next to the
 * first locale, so they are there before the person can open them, offline too.
 */

/** A chunk loader that loads once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** Never rejects: a load that failed (the network dropped mid-load) is tried again when it is back. */
export function untilLoaded<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) => {
        window.addEventListener('online', () => resolve(untilLoaded(load)), { once: true });
      }),
  );
}

export const loadExport = once(() => import('../export/ExportScreen'));
export const loadPaste = once(() => import('../help/PasteErrorScreen'));
export const loadProfiles = once(() => import('../profiles/ProfilesScreen'));

/** Starts loading every screen's chunk in the background; failures are retried when opened. */
export function prefetchScreens(): void {
  void Promise.all([loadPaste(), loadExport(), loadProfiles()]).catch(() => undefined);
}
