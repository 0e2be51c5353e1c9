/**
 * The marked page proof through dispatch, as a proofreader gets it: the demo desk, three marks on page-1 stories
 * (two rounds), proof.markedPdf → a clean PDF whose text holds the corrections, the round names, the proofreader
 * and 校样, and whose pixels (rendered with no system fonts) show each round's ink where the marked glyphs are.
 * Also runs `folio proof`; with FOLIO_EVIDENCE=1 it refreshes docs/marked-proof.png (the evidence, 60 dpi).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Method, type Params, type Result } from '../../../shared/api/contract';
import type { PageView, ProofMark, StoryContent } from '../../../shared/model';
import { markSegments, type MarkSegment } from '../../../shared/proof/proof-overlay';
import { openServices, type Services } from '../../../electron/services';
import { composePage } from '../../../shared/compose';
import { bundledFontBook } from '../../../electron/fonts';
import { runCli } from '../../../electron/cli/main';
import { tempDir } from '../store/helpers';
import { hasTool, noSystemFontsEnv, pdfFile, run, workDir } from './pdf-tools';
import { callChecked } from '../services/call-checked';

const { dir, cleanup } = tempDir('folio-marked-proof-');
let services: Services;
const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

let issueId = '';
let view: PageView;
const contents = new Map<string, StoryContent>();
const marks: ProofMark[] = [];
let proof: Result<'proof.markedPdf'>;
let proofPath = '';

/** Text of a block as the store anchors it. */
const textOf = (content: StoryContent, blockIndex: number): string => {
  const block = content.blocks[blockIndex];
  return 'runs' in block ? block.runs.map((r) => r.text).join('') : '';
};

beforeAll(async () => {
  services = openServices({ dataDir: dir, dailyBackup: false });
  const demo = await call('demo.create', {});
  issueId = demo.issue;
  const issue = await call('issues.get', { id: issueId });
  view = await call('pages.get', { id: issue.pages.find((p) => p.number === 1)!.id });
  for (const m of view.modules) if (m.story?.state === 'live' && !contents.has(m.story.id)) contents.set(m.story.id, (await call('stories.get', { id: m.story.id })).content);
  await call('profile.set', { name: '李校', role: 'proofreader' });
  // Three marks on the first body paragraphs of two stories: 一校 改正 and 增补, 二校 删除.
  const storyIds = [...contents.keys()].filter((id) => contents.get(id)!.blocks.some((b) => b.type === 'paragraph'));
  const paragraphOf = (id: string) => contents.get(id)!.blocks.findIndex((b) => b.type === 'paragraph');
  const a = storyIds[0];
  // The 二校 mark goes on text in the page's right half (a story other than a's), so both strips are used.
  const layout = composePage(view, contents, bundledFontBook());
  const right = layout.modules.flatMap((module) => {
    const storyId = view.modules.find((m) => m.id === module.moduleId)?.storyId;
    if (!storyId || storyId === a || !contents.has(storyId)) return [];
    return (module.textLines ?? []).flatMap((line) =>
      contents.get(storyId)!.blocks[line.blockIndex].type === 'paragraph' && line.glyphs.length > 8 && module.xPt + line.glyphs[2].xPt > layout.widthPt / 2
        ? [{ storyId, blockIndex: line.blockIndex, start: line.glyphs[2].offset }]
        : [],
    );
  })[0];
  const ta = textOf(contents.get(a)!, paragraphOf(a));
  const tb = textOf(contents.get(right.storyId)!, right.blockIndex);
  marks.push(await call('marks.add', { storyId: a, round: 'first', kind: 'replace', blockIndex: paragraphOf(a), start: 2, end: 4, quote: ta.slice(2, 4), proposed: '改正文字' }));
  marks.push(await call('marks.add', { storyId: a, round: 'first', kind: 'insert', blockIndex: paragraphOf(a), start: 20, end: 20, quote: '', proposed: '增补词' }));
  marks.push(await call('marks.add', { storyId: right.storyId, round: 'second', kind: 'delete', blockIndex: right.blockIndex, start: right.start, end: right.start + 2, quote: tb.slice(right.start, right.start + 2), note: '重复' }));
  proof = await call('proof.markedPdf', { pageId: view.page.id });
  proofPath = pdfFile('marked-proof.pdf', Buffer.from(proof.pdfBase64, 'base64'));
}, 60_000);

afterAll(() => {
  services?.close();
  cleanup();
});

describe('proof.markedPdf', () => {
  it('draws every open mark and writes a clean PDF', () => {
    expect(proof.marks).toBe(3);
    expect(proof.unplaced).toBe(0);
    expect(readFileSync(proofPath).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
    const r = run('qpdf', ['--check', proofPath]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it.runIf(hasTool('pdftotext'))('holds the corrections, the marks, the rounds, the proofreader and 校样', () => {
    const text = run('pdftotext', [proofPath, '-']).stdout.replace(/\s+/g, '');
    for (const words of ['改正文字', '增补词', '改正(1)一校李校', '增补(3)一校李校', '删除(2)二校李校重复', '校样']) expect(text).toContain(words);
  });

  it.runIf(hasTool('pdftotext'))('carries the round, the page, the date, the 校对/责编/签发 boxes and the unplaced-marks list', () => {
    const text = run('pdftotext', [proofPath, '-']).stdout.replace(/\s+/g, '');
    expect(text).toMatch(new RegExp(`校样${view.issue.paperName}${view.issue.date}第1版${view.page.section}校次：一校打印：\\d{4}-\\d\\d-\\d\\d\\d\\d:\\d\\d`));
    expect(text).toContain('未能标在版面上的校对符号：无');
    // The three signature boxes, read from the band under the page only (pdftotext -x/-y crop, pt at -r 72).
    const { sheetYPt, widthPt } = proof.paper!;
    const band = (x: number, w: number) =>
      run('pdftotext', ['-r', '72', '-x', String(Math.round(x)), '-y', String(Math.round(sheetYPt + view.page.template.heightPt + 8)), '-W', String(Math.round(w)), '-H', '50', proofPath, '-']).stdout.replace(/\s+/g, '');
    const boxes = band(0, widthPt);
    for (const label of ['校对', '责编', '签发']) expect(boxes).toContain(label);
    expect(boxes.match(/签名/g)).toHaveLength(3); // none signed yet: a line to sign on in each
    expect(boxes.match(/日期/g)).toHaveLength(3);
  });

  it.runIf(hasTool('pdfinfo'))('is printed on a standard ISO sheet with the page inside its margins', () => {
    const paper = proof.paper!;
    expect(paper.name).toMatch(/^A[0-4]( landscape)?$/);
    const info = run('pdfinfo', [proofPath]).stdout;
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    const iso: Record<string, [number, number]> = { A4: [210, 297], A3: [297, 420], A2: [420, 594], A1: [594, 841], A0: [841, 1189] };
    const [a, b] = iso[paper.name.split(' ')[0]].map((mm) => (mm * 72) / 25.4);
    const [pw, ph] = paper.name.endsWith('landscape') ? [b, a] : [a, b];
    expect(Number(w)).toBeCloseTo(pw, 0);
    expect(Number(h)).toBeCloseTo(ph, 0);
    const margin = (12 * 72) / 25.4;
    expect(paper.sheetXPt).toBeGreaterThanOrEqual(margin - 1);
    expect(paper.sheetYPt).toBeGreaterThan(margin);
    expect(paper.sheetXPt + view.page.template.widthPt + 2 * paper.trimXPt).toBeLessThanOrEqual(pw - margin + 1);
  });

  it('rejects an unknown page with a clear error', async () => {
    const reply = await services.dispatch('proof.markedPdf', { pageId: 'no-such-page' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('not-found');
  });
});

describe.runIf(hasTool('pdftoppm'))('the rendered proof', () => {
  const DPI = 60;
  let pixels: { data: Buffer; width: number; height: number };
  let segments: Map<string, MarkSegment[]>;

  beforeAll(async () => {
    const prefix = join(workDir, 'marked-proof-render');
    const r = run('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', proofPath, prefix], noSystemFontsEnv());
    expect(r.status, r.stderr).toBe(0);
    // The evidence (docs/marked-proof.png) is refreshed on request only: FOLIO_EVIDENCE=1 npx vitest run <this file>.
    if (process.env.FOLIO_EVIDENCE === '1') {
      mkdirSync('docs', { recursive: true });
      await sharp(`${prefix}.png`).toFile('docs/marked-proof.png');
    }
    const { data, info } = await sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    pixels = { data, width: info.width, height: info.height };
    // Where the marked glyphs are: the page as pages.fit composes it, on the proof sheet (60 mm strip to the left).
    const layout = composePage(view, contents, bundledFontBook());
    const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));
    // …and that sheet sits on the paper at (sheetXPt, sheetYPt), under the heading.
    const { sheetXPt, sheetYPt } = proof.paper!;
    const onPaper = (s: MarkSegment): MarkSegment => ({ ...s, x1Pt: s.x1Pt + sheetXPt, x2Pt: s.x2Pt + sheetXPt, baselinePt: s.baselinePt + sheetYPt });
    segments = new Map(marks.map((m) => [m.id, markSegments(layout, m, storyOfModule, (60 * 72) / 25.4).map(onPaper)]));
  });

  /** Pixels of an ink near the glyph run (a few pt around it). */
  function inkNear(s: MarkSegment, isInk: (r: number, g: number, b: number) => boolean): number {
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    let n = 0;
    for (let y = px(s.baselinePt - s.sizePt - 2); y <= px(s.baselinePt + 0.4 * s.sizePt + 2); y++) {
      for (let x = px(s.x1Pt - 6); x <= px(s.x2Pt + 6); x++) {
        const i = (y * pixels.width + x) * 3;
        if (isInk(pixels.data[i], pixels.data[i + 1], pixels.data[i + 2])) n++;
      }
    }
    return n;
  }
  const red = (r: number, g: number, b: number) => r > 160 && g < 110 && b < 110;
  const blue = (r: number, g: number, b: number) => b > 120 && r < 90 && g < 160;

  it('is the page widened by a correction strip on each side', () => {
    expect(pixels.width).toBeGreaterThan(Math.round(((view.page.template.widthPt + 2 * 150) * DPI) / 72));
  });

  it('shows each round in its own ink at the marked glyphs (一校 red, 二校 blue)', () => {
    const [replace, insert, del] = marks.map((m) => segments.get(m.id)!);
    for (const s of [replace, insert, del]) expect(s.length).toBeGreaterThan(0);
    expect(inkNear(replace[0], red)).toBeGreaterThan(10);
    expect(inkNear(insert[0], red)).toBeGreaterThan(3);
    expect(inkNear(del[0], blue)).toBeGreaterThan(10);
    expect(inkNear(del[0], red)).toBe(0);
  });

  it('has no mark ink where nothing is marked', () => {
    const s = segments.get(marks[0].id)![0];
    // The same run of text 40 lines further down (the page body), no mark there.
    const elsewhere = { ...s, baselinePt: s.baselinePt + 40 * 13.5 * 0.999 };
    expect(inkNear(elsewhere, blue)).toBe(0);
    expect(inkNear(elsewhere, red)).toBe(0);
  });
});

describe('folio proof', () => {
  it('writes the marked proof of a page and reports the marks', async () => {
    services.close();
    const out = join(workDir, 'cli-proof.pdf');
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
    const code = await runCli(['proof', '--data', dir, '--issue', issueId, '--page', '1', '--out', out], io);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ out, marks: 3, unplaced: 0 });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await runCli(['proof', '--data', dir, '--issue', issueId, '--page', '9', '--out', out], io)).toBe(1);
    expect(await runCli(['proof', '--data', dir, '--issue', issueId], io)).toBe(2);
    services = openServices({ dataDir: dir, dailyBackup: false });
  });
});

describe('decided marks', () => {
  it('leaves them out by default and draws them (grey) with includeDecided', async () => {
    await call('profile.set', { name: '郭红梅', role: 'editor' });
    await call('marks.reject', { id: marks[2].id, reason: '不必删' });
    expect((await call('proof.markedPdf', { pageId: view.page.id })).marks).toBe(2);
    const all = await call('proof.markedPdf', { pageId: view.page.id, includeDecided: true });
    expect(all.marks).toBe(3);
    if (hasTool('pdftotext')) {
      const text = run('pdftotext', [pdfFile('decided.pdf', Buffer.from(all.pdfBase64, 'base64')), '-']).stdout.replace(/\s+/g, '');
      expect(text).toContain('删除(2)二校李校[未采纳]');
    }
  });
});
