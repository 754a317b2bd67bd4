/**
 * The journeys of issue #14 as a person meets them, counted (journey-metrics.ts): address
 * first to a verdict, and from a failing verdict to the fix on the result page. Every port
 * of the server is a lab server reached through the probe's test-only dial port
 * (journey-bridge.ts), so nobody types a lab port. Keyboard-only runs look at each step in
 * light, dark and 200% zoom of the smallest window, axe clean, with screenshots; the mouse
 * runs of the Microsoft 365 journeys are the click counts compared with the numbers from
 * before (journey-before.json).
 */
import type { Page } from '@playwright/test';
import type { LabUser } from '../lab/oidc/interactions';
import type { ScenarioId } from '../lab';
import { expect, test } from './fixtures';
import { journeyBridge, type JourneyBridge } from './journey-bridge';
import { person, providerSignIn, SMALL, type Mode, type Person } from './journey-driver';
import { countJourney, readCount, writeJourney } from './journey-metrics';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const M365 = /Microsoft 365 work or school/;

interface Play {
  page: Page;
  p: Person;
  env: JourneyBridge;
  mode: Mode;
  identityProvider?: { clicks: number; typed: number };
}

async function address(play: Play, text: string, kind: RegExp): Promise<void> {
  const { page, p } = play;
  const field = page.getByLabel('Email address', { exact: true });
  await expect(field).toBeFocused();
  await p.type(field, text);
  await expect(page.getByTestId('account-kind-name')).toHaveText(kind);
  await p.checkpoint('address');
  await p.press(button(page, 'Continue'));
  await expect(heading(page, 'How do you sign in?')).toBeFocused();
}

async function microsoft(play: Play, user: LabUser): Promise<void> {
  const { page, p, env } = play;
  await expect(page.getByRole('radio', { name: /Sign in with Microsoft/ })).toBeChecked();
  await p.checkpoint('sign-in');
  await p.press(page.getByTestId('microsoft-sign-in').getByRole('button', { name: 'Sign in with Microsoft' }));
  if (!env.person) throw new Error('this journey needs Microsoft sign-in');
  play.identityProvider = await providerSignIn(await env.person.nextPage(), user);
  await expect(page.getByTestId('signed-in-as')).toBeFocused();
  await p.checkpoint('signed-in');
}

async function password(play: Play, secret: string): Promise<void> {
  const { page, p } = play;
  await p.choose(page.getByRole('radio', { name: /With my password/ }), page.getByRole('radio', { name: /Sign in with Microsoft/ }));
  await p.type(page.getByLabel('Password', { exact: true }), secret);
  await p.checkpoint('password');
}

async function startTest(play: Play): Promise<void> {
  const { page, p } = play;
  await p.press(button(page, 'Continue'));
  await expect(heading(page, 'Test the settings')).toBeFocused();
  await p.press(button(page, 'Start the test'));
}

async function verdict(play: Play, name: string, finding?: string): Promise<void> {
  const { page, p } = play;
  await expect(heading(play.page, name)).toBeVisible({ timeout: 20_000 });
  await expect(heading(play.page, name)).toBeFocused();
  if (finding) await expect(page.locator(`section[data-finding="${finding}"]`)).toBeVisible();
  await p.checkpoint(finding ? `result-${finding.replace(/\./g, '-')}` : 'verdict');
}

interface Journey {
  name: string;
  modes: readonly Mode[];
  ports: Readonly<Record<number, ScenarioId>>;
  oauth?: boolean;
  play: (play: Play) => Promise<void>;
}

const alice = (env: JourneyBridge): LabUser => env.oidc?.users[0] as LabUser;

const JOURNEYS: readonly Journey[] = [
  {
    name: 'm365-signin',
    modes: ['pointer', 'keyboard'],
    ports: { 587: 'healthy' },
    oauth: true,
    play: async (play) => {
      await address(play, alice(play.env).username, M365);
      await microsoft(play, alice(play.env));
      await startTest(play);
      await verdict(play, 'Sending works');
      await expect(play.page.getByTestId('verdict-coverage')).toContainText('Outlook and Apple Mail');
    },
  },
  {
    name: 'm365-password',
    modes: ['pointer', 'keyboard'],
    ports: { 587: 'healthy' },
    play: async (play) => {
      await address(play, play.env.credentials.user, M365);
      await password(play, play.env.credentials.password);
      await startTest(play);
      await verdict(play, 'Sending works');
      await expect(play.page.getByTestId('verdict-coverage')).toContainText('a printer, scanner or app that sends through smtp.office365.com with a name and password');
    },
  },
  {
    name: 'outlook-com',
    modes: ['keyboard'],
    ports: { 587: 'healthy' },
    oauth: true,
    play: async (play) => {
      const sam = play.env.oidc?.users.find((u) => u.username.endsWith('@outlook.com')) as LabUser;
      await address(play, sam.username, /Outlook\.com or Hotmail/);
      await microsoft(play, sam);
      await startTest(play);
      await verdict(play, 'Sending works');
      await expect(play.page.getByTestId('verdict-summary')).toContainText('smtp-mail.outlook.com');
    },
  },
  {
    name: 'port-blocked-discover',
    modes: ['keyboard'],
    ports: { 587: 'port-blocked', 25: 'healthy', 465: 'port-blocked' },
    play: async (play) => {
      const { page, p, env } = play;
      await address(play, env.credentials.user, M365);
      await password(play, env.credentials.password);
      await startTest(play);
      await verdict(play, 'Sending does not work yet', 'network.port-blocked');
      await p.press(button(page, 'Find a port that works'));
      const use = button(page, 'Use port 25 and test again');
      await expect(use).toBeFocused({ timeout: 20_000 });
      await p.checkpoint('found-port');
      await p.press(use);
      await verdict(play, 'Sending works');
      await expect(page.getByTestId('verdict-summary')).toContainText('port 25');
    },
  },
  {
    name: 'port-465-to-587',
    modes: ['keyboard'],
    ports: { 465: 'port-blocked', 587: 'healthy' },
    play: async (play) => {
      const { page, p, env } = play;
      await address(play, env.credentials.user, M365);
      // The person follows a guide that says 465: Back to the settings, and changes the port.
      await page.keyboard.press('Escape');
      await expect(heading(page, 'Recommended settings')).toBeFocused();
      await p.press(button(page, 'Change these settings'));
      const port = page.getByLabel('Port', { exact: true });
      await p.reach(port);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('465');
      await p.checkpoint('settings-465');
      await p.press(button(page, 'Continue'));
      await expect(heading(page, 'How do you sign in?')).toBeFocused();
      await password(play, env.credentials.password);
      await startTest(play);
      await verdict(play, 'Sending does not work yet', 'tls.port-465-unsupported');
      await p.press(button(page, 'Use port 587 with STARTTLS and test again'));
      await verdict(play, 'Sending works');
    },
  },
  {
    name: 'wrong-password',
    modes: ['keyboard'],
    ports: { 587: 'healthy' },
    play: async (play) => {
      const { page, p, env } = play;
      await address(play, env.credentials.user, M365);
      await password(play, 'not-the-password');
      await startTest(play);
      await verdict(play, 'Sending does not work yet', 'auth.bad-credentials');
      await p.press(button(page, 'Enter the password again'));
      const field = page.getByLabel('Password', { exact: true });
      await expect(field).toBeFocused();
      await expect(field).toHaveValue('');
      await p.type(field, env.credentials.password);
      await startTest(play);
      await verdict(play, 'Sending works');
    },
  },
  {
    name: 'method-refused',
    modes: ['keyboard'],
    ports: { 587: 'basic-auth-disabled' },
    oauth: true,
    play: async (play) => {
      const { page, p, env } = play;
      await address(play, alice(env).username, M365);
      await password(play, env.credentials.password);
      await startTest(play);
      await verdict(play, 'Sending does not work yet', 'auth.basic-auth-disabled');
      await p.press(button(page, 'Sign in with Microsoft'));
      await expect(heading(page, 'How do you sign in?')).toBeVisible();
      await expect(page.getByTestId('microsoft-sign-in').getByRole('button', { name: 'Sign in with Microsoft' })).toBeFocused();
      await microsoft(play, alice(env));
      await startTest(play);
      await verdict(play, 'Sending works');
    },
  },
];

for (const journey of JOURNEYS) {
  for (const mode of journey.modes) {
    test(`journey ${journey.name}, ${mode === 'keyboard' ? 'keyboard only, light, dark and 200% zoom' : 'with a mouse, counted'}`, async ({ page, openApp, browser }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(SMALL);
      await countJourney(page);
      const env = await journeyBridge({ ports: journey.ports, ...(journey.oauth ? { oauth: true, browser } : {}) });
      try {
        await openApp(env.options);
        const play: Play = { page, env, mode, p: person(page, mode, journey.name, { checkpoints: mode === 'keyboard' }) };
        await journey.play(play);
        const count = await readCount(page);
        if (journey.name === 'm365-signin' && mode === 'pointer') expect(count.clicks, count.clickLog.join('\n')).toBeLessThanOrEqual(4);
        if (mode === 'keyboard') expect(count.clicks, count.clickLog.join('\n')).toBe(0);
        await writeJourney({
          journey: journey.name,
          mode,
          variant: 'light-720x560',
          ...count,
          seconds: play.p.seconds(),
          ...(play.identityProvider ? { identityProvider: play.identityProvider } : {}),
        });
      } finally {
        await env.close();
      }
    });
  }
}
