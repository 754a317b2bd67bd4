/**
 * Safe default file names for exports. Names are derived from the address, so they
 * must survive every file system the app runs on: Windows forbids <>:"/\|?* and
 * control characters, trailing dots and spaces, and device names (CON, NUL, COM1…)
 * with any extension; a leading dot would hide the file on macOS and Linux.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const MAX_BASE_LENGTH = 80;
const FALLBACK = 'mail-settings';

export function safeFileBaseName(raw: string): string {
  let base = raw
    .normalize('NFC')
    // Keep letters and digits of any script plus a few harmless marks; everything else becomes "-".
    .replace(/[^\p{L}\p{N}@._+-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.\- ]+$/, '');
  if (base.length > MAX_BASE_LENGTH) base = base.slice(0, MAX_BASE_LENGTH).replace(/[.\- ]+$/, '');
  if (base === '') base = FALLBACK;
  // "con.example" is still the CON device on Windows: check the part before the first dot.
  const stem = base.split('.')[0] ?? base;
  if (WINDOWS_RESERVED.test(stem)) base = `_${base}`;
  return base;
}

/** e.g. safeFileName('alice@example.com', 'mobileconfig') → 'alice@example.com.mobileconfig'. */
export function safeFileName(raw: string, extension: string, suffix = ''): string {
  const ext = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9.]/g, '');
  const base = safeFileBaseName(raw);
  const cleanSuffix = suffix === '' ? '' : `-${safeFileBaseName(suffix)}`;
  return `${base}${cleanSuffix}.${ext}`;
}

/** Replaces the extension of a chosen file name (used for companion files like the .cmd). */
export function withExtension(fileName: string, extension: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dot = fileName.lastIndexOf('.');
  const stem = dot > slash + 1 ? fileName.slice(0, dot) : fileName;
  return `${stem}.${extension}`;
}
