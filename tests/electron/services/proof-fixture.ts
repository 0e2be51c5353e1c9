/** A desk with one story placed on page 1 of an issue, and typed calls through dispatch, for the proof tests. */
import { contract, type Envelope, type Method, type Params, type Result } from '../../../shared/api/contract';
import type { Role, StoryContent } from '../../../shared/model';
import { openServices, type Services } from '../../../electron/services';
import { tempDir } from '../store/helpers';
import { callChecked } from './call-checked';

export const STORY: StoryContent = {
  blocks: [
    { type: 'headline', runs: [{ text: '钢城区固定资产投资增长' }] },
    { type: 'paragraph', runs: [{ text: '钢城区今年共完成固定资产投资一百亿元，比去年增长百分之十二。' }] },
    { type: 'paragraph', runs: [{ text: '全区工业总产值稳步上升。' }] },
  ],
};

export interface ProofDesk {
  services: Services;
  storyId: string;
  pageId: string;
  call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>>;
  /** The error of a call that must fail. */
  errorOf(method: Method, params: unknown): Promise<{ code: string; message: string; field?: string }>;
  as(role: Role, name?: string): Promise<void>;
  close(): void;
}

const NAMES: Record<Role, string> = { editor: '郭红梅', proofreader: '李校', layout: '王版' };

export async function openProofDesk(): Promise<ProofDesk> {
  const { dir, cleanup } = tempDir('folio-proof-');
  const services = openServices({ dataDir: dir, dailyBackup: false });
  const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);
  async function errorOf(method: Method, params: unknown) {
    const reply: Envelope<unknown> = await services.dispatch(method, params);
    if (reply.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(reply.value)}`);
    return reply.error;
  }
  const story = await call('stories.create', { content: STORY });
  const issue = await call('issues.create', { paperName: '钢城日报', date: '2026-11-25', issueNumber: 1, pageCount: 1 });
  const pageId = issue.pages[0].id;
  await call('modules.add', { pageId, kind: 'story', storyId: story.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 30 });
  return {
    services,
    storyId: story.id,
    pageId,
    call,
    errorOf,
    as: async (role, name = NAMES[role]) => void (await call('profile.set', { name, role })),
    close: () => {
      services.close();
      cleanup();
    },
  };
}

/** The text of each block of a story, as the reader sees it. */
export function blockTexts(content: StoryContent): string[] {
  return content.blocks.map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join('')));
}
