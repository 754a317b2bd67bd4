/**
 * Opens a URL in the person's default browser from the CLI. $BROWSER wins when set (the
 * usual convention; tests set it to a command that does nothing and open the printed URL
 * themselves). The URL is passed as one argument, never through a shell.
 */
import { spawn } from 'node:child_process';

export function browserCommand(url: string, platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): [string, string[]] {
  const chosen = env.BROWSER?.trim();
  if (chosen) return [chosen, [url]];
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  if (platform === 'darwin') return ['open', [url]];
  return ['xdg-open', [url]];
}

export function openSystemBrowser(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): (url: string) => Promise<void> {
  return (url) =>
    new Promise((resolve) => {
      const [command, args] = browserCommand(url, platform, env);
      const child = spawn(command, args, { stdio: 'ignore', detached: true });
      // A missing opener is not fatal: the CLI has printed the address to open by hand.
      child.once('error', () => resolve());
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
