// Renders build/icon.svg to build/icon.png (1024 px; electron-builder derives the .ico/.icns from it) with
// Debian Chromium and the bundled bold serif, so the icon's 版 is the face the app ships. Run by hand after
// editing the SVG: node build/scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8');
const font = readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'));

const browser = await chromium.launch({
  executablePath: process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(
  `<style>@font-face{font-family:'Folio Serif';font-weight:700;src:url(data:font/ttf;base64,${font.toString('base64')})}` +
    `html,body{margin:0;background:transparent}</style>${svg}`,
);
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: join(root, 'build/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 1024, height: 1024 } });
await browser.close();
console.log('wrote build/icon.png');
