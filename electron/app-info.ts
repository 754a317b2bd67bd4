import type { AppInfo } from '../shared/contract';

export function platformName(platform: string): AppInfo['platform'] {
  return platform === 'win32' || platform === 'darwin' || platform === 'linux' ? platform : 'other';
}
