/**
 * The demo issue: the sample page of an in-house steel-company daily (see README.md beside this file),
 * converted into the story model. Pure data conversion, used by the store (first-launch demo, `folio demo`)
 * and by tests as a fixture.
 */
import seed from './page-stories.json';
import type { Block, StoryContent, TextRun } from '../model/story';

interface SeedBlock {
  type: 'paragraph' | 'intertitle' | 'lead' | 'figure';
  text?: string;
  runIn?: boolean;
  caption?: string;
  credit?: string;
}
interface SeedStory {
  slug: string;
  kind: string;
  headline?: string;
  subheadline?: string;
  byline?: string;
  signature?: string;
  blocks: SeedBlock[];
}

export interface DemoStory {
  slug: string;
  kind: string;
  title: string;
  author: string;
  content: StoryContent;
}

const plain = (text: string): TextRun[] => [{ text }];

/** A run-in head is the paragraph's first sentence (up to and including the first 。). */
function runInRuns(text: string): TextRun[] {
  const end = text.indexOf('。');
  if (end < 0) return [{ text, bold: true }];
  return [{ text: text.slice(0, end + 1), bold: true }, { text: text.slice(end + 1) }];
}

function convertBlock(b: SeedBlock): Block {
  switch (b.type) {
    case 'figure':
      return { type: 'figure', image: null, caption: plain(b.caption ?? ''), credit: plain(b.credit ?? '') };
    case 'intertitle':
      return { type: 'intertitle', runs: plain(b.text ?? '') };
    case 'lead':
      return { type: 'lead', runs: plain(b.text ?? '') };
    case 'paragraph':
      return b.runIn ? { type: 'runin', runs: runInRuns(b.text ?? '') } : { type: 'paragraph', runs: plain(b.text ?? '') };
  }
}

/** Byline "■特约记者 郭红梅" / "■通讯员 韩海东 报道" → the person's name. */
function authorOf(byline: string | undefined): string {
  if (!byline) return '';
  const words = byline.replace(/^■/, '').trim().split(/\s+/);
  return words.length >= 2 ? words[1] : '';
}

export function demoStories(): DemoStory[] {
  return (seed.stories as SeedStory[]).map((s) => {
    const blocks: Block[] = [];
    if (s.headline) blocks.push({ type: 'headline', runs: plain(s.headline) });
    if (s.subheadline) blocks.push({ type: 'subheadline', runs: plain(s.subheadline) });
    if (s.byline) blocks.push({ type: 'byline', runs: plain(s.byline) });
    for (const b of s.blocks) blocks.push(convertBlock(b));
    if (s.signature) blocks.push({ type: 'signature', runs: plain(s.signature) });
    const title = s.headline ?? (s.blocks[0]?.caption ?? s.slug).slice(0, 20);
    return { slug: s.slug, kind: s.kind, title, author: authorOf(s.byline), content: { blocks } };
  });
}
