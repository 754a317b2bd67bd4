import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileBaseName, safeFileName, withExtension } from '../../../shared/export/file-names';

// eslint-disable-next-line no-control-regex -- Windows forbids control characters in names
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

describe('safeFileName', () => {
  it('keeps an ordinary address readable', () => {
    expect(safeFileName('alice@example.com', 'mobileconfig')).toBe('alice@example.com.mobileconfig');
    expect(safeFileName('alice@example.com', 'html', 'report')).toBe('alice@example.com-report.html');
  });

  it('strips path separators and traversal', () => {
    expect(safeFileName('../../etc/passwd', 'prf')).toBe('etc-passwd.prf');
    expect(safeFileName('..\\..\\Windows\\win.ini', 'prf')).toBe('Windows-win.ini.prf');
  });

  it.each(['CON', 'con', 'Prn', 'aux', 'NUL', 'COM1', 'lpt9', 'con.example.com', 'COM¹'])('prefixes the reserved name %s', (name) => {
    const base = safeFileBaseName(name);
    expect(RESERVED.test(base.split('.')[0] ?? '')).toBe(false);
    expect(base.startsWith('_')).toBe(true);
  });

  it('does not hide the file with a leading dot or end it with a dot', () => {
    expect(safeFileBaseName('...hidden.')).toBe('hidden');
  });

  it('limits the length and falls back when nothing is left', () => {
    expect(safeFileBaseName('x'.repeat(500)).length).toBeLessThanOrEqual(80);
    expect(safeFileBaseName('///')).toBe('mail-settings');
  });

  it('is always safe on Windows, macOS and Linux (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const name = safeFileName(raw, 'prf');
        const base = name.slice(0, -'.prf'.length);
        return (
          !WINDOWS_FORBIDDEN.test(name) &&
          !name.startsWith('.') &&
          !/[. ]$/.test(base) &&
          !RESERVED.test(base.split('.')[0] ?? '') &&
          base.length > 0 &&
          base.length <= 81
        );
      }),
    );
  });
});

describe('withExtension', () => {
  it('replaces the last extension only in the file name', () => {
    expect(withExtension('/tmp/a.b/alice@example.com.prf', 'cmd')).toBe('/tmp/a.b/alice@example.com.cmd');
    expect(withExtension('C:\\Users\\a.b\\profile', 'cmd')).toBe('C:\\Users\\a.b\\profile.cmd');
    expect(withExtension('/tmp/.hidden', 'cmd')).toBe('/tmp/.hidden.cmd');
  });
});
