/**
 * Takes screenshots of built pages for review (not a test): desktop and phone, zh and en,
 * light and dark. Usage: node tests/support/screenshots.ts [path ...]
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DESKTOP, gotoSettled, launchChromium, PHONE } from './browser.ts';
import { startStaticServer } from './static-server.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/zh/sources/technology-transfer-network/', '/en/sources/technology-transfer-network/'];
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });
const { url, server } = await startStaticServer(fileURLToPath(new URL('../../dist', import.meta.url)));
const browser = await launchChromium();
const fullPage = process.env.FULL === '1';
for (const path of paths) {
  for (const [name, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark' && process.env.DARK !== '1') continue;
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await gotoSettled(page, url + path);
      const file = `${out}${path.replace(/[/#?]+/gu, '_').replace(/^_|_$/gu, '')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
server.close();
