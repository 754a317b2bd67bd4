import type { Page } from '@playwright/test';

export interface RingMeasure {
  name: string;
  ring: string;
  backdrop: string;
  /** Ring against what surrounds the control (the gap of outline-offset shows it). */
  contrast: number;
  /** Ring against the control's own fill, when the ring touches it (offset 0). */
  fillContrast: number | null;
  width: number;
  offset: number;
}

/**
 * Focuses every enabled, visible button (and disclosure summary) in keyboard modality and
 * measures its focus ring as the browser paints it: the computed outline colour against the
 * colour behind the control (ancestors' backgrounds composited), by the WCAG relative
 * luminance formula. axe checks text contrast, not focus indicators, so this does.
 */
export async function measureFocusRings(page: Page): Promise<{ measured: RingMeasure[]; notVisible: string[] }> {
  // Keyboard modality: after a key press, focus() matches :focus-visible as Tab would.
  await page.keyboard.press('Shift');
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const behind = (el: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = el; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      // The canvas under everything is the page's own colour (body is opaque in this app).
      return layers.reverse().reduce<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;

    const controls = [...document.querySelectorAll<HTMLElement>('button, summary')].filter((el) => {
      const box = el.getBoundingClientRect();
      return !(el as HTMLButtonElement).disabled && box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    const measured: RingMeasure[] = [];
    const notVisible: string[] = [];
    for (const el of controls) {
      el.focus();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
      if (!el.matches(':focus-visible')) {
        notVisible.push(name);
        continue;
      }
      const style = getComputedStyle(el);
      const ring = parse(style.outlineColor);
      const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset);
      const backdrop = behind(el.parentElement);
      const fill = parse(style.backgroundColor);
      measured.push({
        name,
        ring: css(ring),
        backdrop: css(backdrop),
        contrast: Math.round(contrast(ring, backdrop) * 100) / 100,
        fillContrast: offset > 0 || fill[3] === 0 ? null : Math.round(contrast(ring, over(fill, backdrop)) * 100) / 100,
        width,
        offset,
      });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return { measured, notVisible };
  });
}

/** Rings that fail: thinner than 2px, under 3:1 against the backdrop, or touching a fill under 3:1. */
export function failingRings(measured: RingMeasure[]): RingMeasure[] {
  return measured.filter((m) => m.width < 2 || m.contrast < 3 || (m.fillContrast !== null && m.fillContrast < 3));
}

/** Where each action-bar button is, against the window (no scrolling). */
export async function actionBarBoxes(page: Page): Promise<{ name: string; inView: boolean; top: number; bottom: number }[]> {
  return page.getByTestId('action-bar').getByRole('button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      const inView = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      return { name: (b.textContent ?? '').trim(), inView, top: Math.round(r.top), bottom: Math.round(r.bottom) };
    }),
  );
}

/** The focused element is not hidden behind the sticky bar (WCAG 2.2 SC 2.4.11). */
export async function focusNotObscured(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit) || hit.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true);
  });
}
