// Draws the installable app's PNG icons from public/favicon.svg with the machine's Chromium:
// node scripts/make-icons.mjs (run again after changing the logo; the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const logo = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
// Maskable icons are cropped to a circle of 80 % of their side by some launchers: the logo's mark sits
// well inside that on a full-bleed background.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0a6464"/>
<path d="M11.5 16h9M16 11.5v9" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>`;

const icons = [
  { file: 'pwa-192x192.png', size: 192, svg: logo, background: 'transparent' },
  { file: 'pwa-512x512.png', size: 512, svg: logo, background: 'transparent' },
  { file: 'maskable-512x512.png', size: 512, svg: maskable, background: 'transparent' },
  { file: 'apple-touch-icon.png', size: 180, svg: logo, background: '#ffffff' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const { file, size, svg, background } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0;background:${background}">${sized}</body>`);
  await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
