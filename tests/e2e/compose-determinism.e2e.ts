/**
 * docs/typesetting.md §5 case 24: the engine, bundled for the browser with esbuild and run in Chromium on the same
 * font bytes (served by page.route — no host, no system fonts), produces byte-identical layout JSON to Node for
 * every story of the sample page (the feature story 一腔热血写春秋 first), and for the whole demo page 1 composed
 * by composePage (the PageView built from shared/seed/demo-page.ts as the store builds it).
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readAllFontBytes } from '../../electron/fonts';
import { composePage, composeStory, FONT_FILE_IDS, fontBookFromBytes, fontUrlPath, storyFrame } from '../../shared/compose';
import { demoStories } from '../../shared/seed/demo';
import { demoPageView } from '../../shared/seed/demo-page-view';
import { chromiumAvailable, launchChromium } from './browser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OPTIONS = { columns: 3, headWidthPt: 369 };

/** The same code runs on both sides: compose the feature story, serialise layout + frame. */
const ENTRY = `
import { composePage, composeStory, fontBookFromBytes, storyFrame, FONT_FILE_IDS, fontUrlPath } from './shared/compose/index.ts';
import { demoStories } from './shared/seed/demo.ts';
import { demoPageView } from './shared/seed/demo-page-view.ts';
const loadFonts = async () => {
  const bytes = {};
  for (const id of FONT_FILE_IDS) bytes[id] = new Uint8Array(await (await fetch('/' + fontUrlPath(id))).arrayBuffer());
  return fontBookFromBytes(bytes);
};
const digestOf = async (json) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
  return { json, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
};
window.folioComposeJson = async () => {
  const fonts = await loadFonts();
  const layouts = demoStories().map((s) => composeStory(s.content, fonts, ${JSON.stringify(OPTIONS)}));
  return digestOf(JSON.stringify(layouts.map((layout) => ({ layout, frame: storyFrame(layout) }))));
};
window.folioComposePageJson = async () => {
  const { view, stories } = demoPageView();
  return digestOf(JSON.stringify(composePage(view, stories, await loadFonts())));
};
`;

function nodePageJson(): string {
  const { view, stories } = demoPageView();
  return JSON.stringify(composePage(view, stories, fontBookFromBytes(readAllFontBytes())));
}

function nodeJson(): string {
  const fonts = fontBookFromBytes(readAllFontBytes());
  const layouts = demoStories().map((s) => composeStory(s.content, fonts, OPTIONS));
  return JSON.stringify(layouts.map((layout) => ({ layout, frame: storyFrame(layout) })));
}

const run = chromiumAvailable();

describe.skipIf(!run)('composition determinism, Node vs Chromium (case 24)', () => {
  let browser: Browser;
  let bundle: string;
  beforeAll(async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'compose-determinism-entry.ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the bundle carries no Node built-ins', () => {
    expect(bundle).not.toMatch(/require\(["']node:/);
    expect(bundle).not.toMatch(/require\(["'](fs|path)["']\)/);
  });

  it('gives the same SHA-256 of the layout JSON in both', async () => {
    const page = await browser.newPage();
    const fonts = readAllFontBytes();
    const requested: string[] = [];
    await page.route('https://folio.test/**', async (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      requested.push(path);
      const id = FONT_FILE_IDS.find((f) => fontUrlPath(f) === path);
      if (id) return route.fulfill({ body: Buffer.from(fonts[id]!), contentType: 'font/ttf' });
      if (path === 'compose.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script src="/compose.js"></script>' });
    });
    await page.goto('https://folio.test/');
    const browserResult = await page.evaluate(async () => {
      const w = window as unknown as { folioComposeJson(): Promise<{ json: string; sha256: string }> };
      return w.folioComposeJson();
    });
    const json = nodeJson();
    const nodeSha = createHash('sha256').update(json).digest('hex');
    expect(requested).toContain('fonts/serif-regular.ttf');
    expect(browserResult.json.length).toBe(json.length);
    expect(browserResult.sha256).toBe(nodeSha);
    const parsed = JSON.parse(json) as { layout: { columns: { lines: unknown[] }[]; head: unknown[] } }[];
    expect(parsed).toHaveLength(demoStories().length);
    expect(parsed[0].layout.columns[0].lines.length).toBeGreaterThan(10); // the feature story 一腔热血写春秋
    expect(parsed[0].layout.head.length).toBeGreaterThan(0);
  });
  it('gives the same SHA-256 of the demo page 1 composed by composePage in both', async () => {
    const page = await browser.newPage();
    const fonts = readAllFontBytes();
    await page.route('https://folio.test/**', async (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      const id = FONT_FILE_IDS.find((f) => fontUrlPath(f) === path);
      if (id) return route.fulfill({ body: Buffer.from(fonts[id]!), contentType: 'font/ttf' });
      if (path === 'compose.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script src="/compose.js"></script>' });
    });
    await page.goto('https://folio.test/');
    const browserResult = await page.evaluate(async () => {
      const w = window as unknown as { folioComposePageJson(): Promise<{ json: string; sha256: string }> };
      return w.folioComposePageJson();
    });
    const json = nodePageJson();
    expect(browserResult.json.length).toBe(json.length);
    expect(browserResult.sha256).toBe(createHash('sha256').update(json).digest('hex'));
    const parsed = JSON.parse(json) as { modules: { oversetChars: number; frame: { items: unknown[] } }[]; frame: { items: { kind: string }[] } };
    expect(parsed.modules).toHaveLength(8);
    expect(parsed.frame.items.filter((i) => i.kind === 'group')).toHaveLength(8);
    expect(parsed.modules.reduce((n, m) => n + m.frame.items.length, 0)).toBeGreaterThan(150);
  });
});
