/**
 * Placeholder copy a page must not go to print with: template fillers (XXX, 此处插入…, 请输入…, lorem ipsum) and
 * blocks that hold nothing but a template label (标题, 正文 …). A label inside a real sentence is fine.
 */
import type { StoryContent } from '../../../shared/model';

/** Fillers that are wrong anywhere in the text. */
const FILLER_PATTERNS: readonly RegExp[] = [
  /X{3,}/,
  /×{3,}/,
  /此处(?:插入|输入|填写|添加)/,
  /(?:请|在此)(?:输入|填写)/,
  /lorem\s+ipsum/i,
  /【?待补(?:充)?】/,
];

/** Template labels that are placeholders when they are a block's whole text. */
const LABEL_ONLY = new Set(['标题', '主标题', '副标题', '引题', '肩题', '正文', '图片说明', '图说', '作者', '记者', '本报记者', '内容', '文字', 'title', 'headline', 'text']);

function blockText(block: StoryContent['blocks'][number]): string[] {
  if (block.type === 'figure') return [block.caption.map((r) => r.text).join(''), block.credit.map((r) => r.text).join('')];
  return [block.runs.map((r) => r.text).join('')];
}

/** The first placeholder found in the story, as the offending text; null when there is none. */
export function findPlaceholder(content: StoryContent): string | null {
  for (const block of content.blocks) {
    for (const text of blockText(block)) {
      for (const pattern of FILLER_PATTERNS) {
        const match = pattern.exec(text);
        if (match) return match[0];
      }
      const bare = text.trim().replace(/[：:。．.…\s]+$/u, '');
      if (LABEL_ONLY.has(bare.toLowerCase())) return bare;
    }
  }
  return null;
}
