import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One Chromium for the tests of a file: launched before them, closed after. Returns the getter
 * the tests call (`chromium().newPage(…)`).
 */
export function sharedChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The phone every review and test uses: 390 × 844 CSS px, as the screenshots reviewers read. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/**
 * Opens a page and waits until it has settled: the load event, every font face it uses
 * (`document.fonts.ready`), then two animation frames so layout reflects those fonts. Checks that
 * measure the page (axe's target-size, chart geometry) would otherwise measure it half laid out.
 * Not for a context with JavaScript disabled: there `page.goto` is all (evaluate() never returns).
 */
export async function gotoSettled(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  return response;
}

/** Waits for fonts and two frames in the current page (after a navigation made by a click, say). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * A new page of `browser` at `url`, settled (gotoSettled), after checking the server answered 200:
 * the one way the browser tests open a page with JavaScript on.
 */
export async function openSettled(
  browser: Browser,
  url: string,
  { viewport = DESKTOP, hasTouch = false }: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch });
  const response = await gotoSettled(page, url);
  expect(response?.status(), url).toBe(200);
  return page;
}
