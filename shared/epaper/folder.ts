/**
 * The e-paper folder's plan: which file each page, page image, article and picture gets, and which stories
 * become articles. One flat folder (plus images/), every name made here from numbers and hex ids, so the links
 * between the files are plain relative names.
 */
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const EPAPER_INDEX = 'index.html';
export const pageFile = (number: number) => `page-${pad(number, 2)}.html`;
export const pageImageFile = (number: number) => `page-${pad(number, 2)}.png`;
export const articleFile = (ordinal: number) => `article-${pad(ordinal, 3)}.html`;

/** A picture's file name from its asset id (a sha256 in the desk); anything not hex is replaced by its position. */
export function pictureFile(assetId: string, ordinal: number): string {
  const hex = /^[0-9a-f]{12,}$/i.test(assetId) ? assetId.slice(0, 24).toLowerCase() : `p${pad(ordinal, 4)}`;
  return `images/${hex}.jpg`;
}

/** The folder an issue's e-paper is written to, inside the chosen output folder. */
export function epaperFolderName(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `epaper-${date}` : 'epaper';
}

/** What the plan needs of a page's module. */
export interface PlanModule {
  moduleId: string;
  storyId: string | null;
  /** Whether the story can be published: it is live and its text was read. */
  published: boolean;
}

export interface PlanPage {
  number: number;
  modules: readonly PlanModule[];
}

export interface PlannedArticle {
  storyId: string;
  file: string;
  /** Pages it is set on, in page order (a story continued 下转 is one article on two pages). */
  pages: number[];
}

/**
 * Articles in reading order (page by page, module by module), one per published story however many modules set
 * it, and each module's target article (moduleId → storyId).
 */
export function planArticles(pages: readonly PlanPage[]): PlannedArticle[] {
  const byStory = new Map<string, PlannedArticle>();
  for (const page of [...pages].sort((a, b) => a.number - b.number)) {
    for (const m of page.modules) {
      if (!m.storyId || !m.published) continue;
      let article = byStory.get(m.storyId);
      if (!article) {
        article = { storyId: m.storyId, file: articleFile(byStory.size + 1), pages: [] };
        byStory.set(m.storyId, article);
      }
      if (!article.pages.includes(page.number)) article.pages.push(page.number);
    }
  }
  return [...byStory.values()];
}
