/**
 * The application menu per platform, as data (type-only Electron import), so it is
 * checked under plain Node. macOS gets the app menu with About/Hide/Quit; Windows
 * and Linux get File › Exit. Edit is kept everywhere so copy/paste shortcuts work.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../shared/i18n';

export function buildMenuTemplate(platform: string, appName: string): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [{ label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.exit') }] }];
  return [
    ...appMenu,
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'window',
      label: t('menu.window'),
      submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
}
