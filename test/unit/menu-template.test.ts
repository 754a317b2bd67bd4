import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu-template';

const roles = (items: ReturnType<typeof buildMenuTemplate>) =>
  items.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.role).filter(Boolean) : []));

describe('application menu', () => {
  it('gives macOS an app menu named after the app with About and Quit', () => {
    const template = buildMenuTemplate('darwin', 'Mail Setup Assistant');
    expect(template[0]?.label).toBe('Mail Setup Assistant');
    expect(roles(template)).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'copy', 'paste', 'front']));
  });
  it('gives Windows a File menu with Exit and no macOS-only roles', () => {
    const template = buildMenuTemplate('win32', 'Mail Setup Assistant');
    expect(template[0]?.label).toBe('File');
    const all = roles(template);
    expect(all).toContain('quit');
    expect(all).not.toContain('about');
    expect(all).not.toContain('hideOthers');
    expect(all).not.toContain('front');
  });
});
