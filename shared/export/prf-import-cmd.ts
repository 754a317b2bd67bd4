/**
 * The small .cmd that imports a .prf into classic Outlook (double-clicking a .prf has
 * done nothing since Outlook 2007). It refers to the .prf as "%~dpn0.prf" (same folder,
 * same name as the .cmd), so no file name or user text is ever written into the
 * script: nothing to escape, nothing to inject. `start` finds outlook.exe through the
 * App Paths registry even when Outlook is not on PATH.
 */
const LINES = [
  '@echo off',
  'rem Mail Setup Assistant: adds the mail account in the .prf file with the same name to classic Outlook.',
  'rem Close Outlook first. Outlook asks for the password; none is stored in these files.',
  'rem Microsoft does not recommend .prf files for Outlook 2016 and later (KB 4046818); if this fails, add the account in Outlook with File, Add Account.',
  'if not exist "%~dpn0.prf" (',
  '  echo Cannot find "%~dpn0.prf". Keep the .prf file next to this file, with the same name.',
  '  pause',
  '  exit /b 1',
  ')',
  'start "" outlook.exe /importprf "%~dpn0.prf"',
];

/** CRLF line endings: cmd.exe misreads labels and blocks in LF-only batch files. */
export function buildPrfImportCmd(): string {
  return `${LINES.join('\r\n')}\r\n`;
}
