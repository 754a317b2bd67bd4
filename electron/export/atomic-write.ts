/**
 * Atomic file writes: the data goes to a temporary file in the same directory, is
 * flushed to disk, then renamed over the target, so a crash or a full disk never
 * leaves a half-written profile that a mail app would half-import.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

// Keeps the temporary name under common 255-byte name limits even for long targets.
const MAX_TEMP_STEM = 100;

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  const stem = path.basename(target).slice(0, MAX_TEMP_STEM);
  const temp = path.join(dir, `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx': never follow or reuse an existing file at the temporary name.
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
