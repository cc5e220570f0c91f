// The web console and the audit report in a real browser: Debian's Chromium driven by playwright-core (never a
// downloaded browser; .ci/run installs the `chromium` package when it is missing). Screenshots go to test-artifacts/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit.js';
import { memoryIO } from '../helpers/memory-io.js';
import { startTestService, type TestService } from '../helpers/service.js';

// The page's globals as the page.evaluate callbacks use them (the project compiles without the DOM lib).
declare const document: {
  activeElement: { id: string; textContent: string | null } | null;
  body: { innerText: string };
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): { length: number };
};
declare const window: { innerWidth: number };

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const PASSCODE = 'Kq7Zr2Mw';
const INVITE = [
  'Alex is inviting you to a scheduled Zoom meeting.',
  '',
  'Join Zoom Meeting',
  'https://us02web.zoom.us/j/84712345678',
  '',
  'Meeting ID: 847 1234 5678',
  `Passcode: ${PASSCODE}`,
].join('\n');

let service: TestService;
let context: BrowserContext;
let profile: string;
/** Console errors and uncaught exceptions, CSP violations included: there must be none. */
const problems: string[] = [];

async function openPage(width = 1280, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

const lastBotMessage = (page: Page) => page.locator('#transcript .turn-bot article').last();

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  service = await startTestService();
  profile = await mkdtemp(join(tmpdir(), 'hygiene-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await service?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('web console in Chromium', () => {
  it('answers a question sent with the keyboard only', async () => {
    const page = await openPage();
    await page.goto(service.url);
    await expect(page.title()).resolves.toBe('Meeting hygiene console');
    await page.screenshot({ path: join(ARTIFACTS, 'console-empty.png') });

    // Tab to the skip link, follow it into the message box, type, Shift+Enter for a new line, Enter to send.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the message box');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message');
    await page.keyboard.type('How do I stop uninvited people');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('joining my meeting?');
    expect(await page.inputValue('#message')).toBe('How do I stop uninvited people\njoining my meeting?');
    await page.keyboard.press('Enter');

    await expect(lastBotMessage(page).getAttribute('class')).resolves.toMatch(/kind-answer/);
    expect(await page.locator('#transcript .turn-user').last().textContent()).toContain('joining my meeting?');
    expect(await lastBotMessage(page).locator('h2').textContent()).not.toBe('');
    // Focus stays in the message box, ready for the next question.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message');
    expect(await page.inputValue('#message')).toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'console-answer.png'), fullPage: true });
    await page.close();
  });

  it('sends quick buttons and suggestion buttons', async () => {
    const page = await openPage();
    await page.goto(service.url);
    await page.getByRole('button', { name: 'Checklist: organiser' }).click();
    await expect(lastBotMessage(page).getAttribute('class')).resolves.toMatch(/kind-checklist/);
    expect(await lastBotMessage(page).locator('ul.checklist li').count()).toBeGreaterThan(2);

    await page.getByRole('button', { name: 'Help' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#transcript .turn-bot').length === 2);
    const suggestion = lastBotMessage(page).locator('button.suggestion').first();
    const prompt = await suggestion.getAttribute('data-prompt');
    await suggestion.click();
    await page.waitForFunction(() => document.querySelectorAll('#transcript .turn-bot').length === 3);
    expect(await page.locator('#transcript .turn-user').last().textContent()).toContain(prompt ?? '');
    await page.close();
  });

  it('checks a pasted invite and shows the finding without the passcode', async () => {
    const page = await openPage();
    await page.goto(service.url);
    await page.getByRole('tab', { name: 'Check an invite' }).click();
    expect(await page.getByRole('tab', { name: 'Check an invite' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Paste a meeting invite').fill(INVITE);
    await page.getByRole('button', { name: 'Check invite' }).click();

    const finding = page.locator('#check-result li.finding[data-rule="passcode-in-body"]');
    await finding.waitFor();
    expect(await finding.locator('.evidence').textContent()).toContain('[REDACTED]');
    const shown = await page.evaluate(
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered, visible text is what must not hold the passcode
      () => document.body.innerText,
    );
    expect(shown).not.toContain(PASSCODE);
    expect(await page.locator('#check-result').innerHTML()).not.toContain(PASSCODE);
    await page.screenshot({ path: join(ARTIFACTS, 'console-check.png'), fullPage: true });

    // "Why" buttons call the action endpoint and answer in the chat tab.
    await page.locator('#check-result button[data-verb="why"]').first().click();
    await expect(lastBotMessage(page).locator('h2').textContent()).resolves.toMatch(/^Why it matters/);
    expect(await page.getByRole('tab', { name: 'Chat' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('pastes an invite into the chat and gets a redacted check', async () => {
    const page = await openPage();
    await page.goto(service.url);
    await page.getByLabel('Your message').fill(INVITE);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(lastBotMessage(page).getAttribute('class')).resolves.toMatch(/kind-invite-check/);
    // The user's own turn echoes what they pasted; the bot's reply never repeats it.
    expect(await lastBotMessage(page).textContent()).not.toContain(PASSCODE);
    await page.close();
  });

  it('fits a 375 px wide screen', async () => {
    const page = await openPage(375, 812);
    await page.goto(service.url);
    await page.getByRole('button', { name: 'Checklist: staff' }).click();
    await lastBotMessage(page).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'console-375.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Check an invite' }).click();
    await page.getByLabel('Paste a meeting invite').fill(INVITE);
    await page.getByRole('button', { name: 'Check invite' }).click();
    await page.locator('#check-result li.finding').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'console-375-check.png'), fullPage: true });
    await page.close();
  });

  it('logged no script error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});

describe('audit report in Chromium', () => {
  it('shows the charts and the table of meetings', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hygiene-audit-browser-'));
    try {
      const io = memoryIO();
      const calendar = resolve(import.meta.dirname, '../fixtures/audit/calendar');
      const code = await runAudit(
        ['--ics', calendar, '--from', '2026-01-01', '--to', '2026-01-31', '--out', out],
        io,
        new Date('2026-02-01T08:00:00Z'),
      );
      expect(code).toBe(1);
      const page = await openPage(1280, 900);
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      await expect(page.title()).resolves.toBe('Meeting hygiene audit');
      expect(await page.locator('svg#chart-rules rect.bar').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('svg#chart-weeks rect.bar').count()).toBe(4);
      const bar = await page.locator('svg#chart-weeks rect.bar').first().boundingBox();
      expect(bar?.height).toBeGreaterThan(0);
      expect(await page.locator('table.meetings tbody tr').count()).toBe(8);
      const text = await page.evaluate(
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered, visible text is what must not hold the passcode
        () => document.body.innerText,
      );
      expect(text).toContain('Weekly supplier call');
      expect(text).not.toContain(PASSCODE);
      await page.screenshot({ path: join(ARTIFACTS, 'audit-report.png'), fullPage: true });
      await page.close();
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
