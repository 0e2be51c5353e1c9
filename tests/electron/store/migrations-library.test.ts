import { describe, expect, it } from 'vitest';
import { createStory, migrateDatabase, openMemory } from '../../../electron/store';
import { storyContent } from './helpers';

describe('migrations 0100–0120 (search, attachments, assets)', () => {
  it('0100 backfills live stories only, with figure captions and credits in the body', () => {
    const db = openMemory();
    migrateDatabase(db, 30);
    const live = createStory(db, {
      content: {
        blocks: [
          { type: 'headline', runs: [{ text: '标' }, { text: '题', bold: true }] },
          { type: 'figure', image: null, caption: [{ text: '图为会场' }], credit: [{ text: '彭锦 摄' }] },
          { type: 'paragraph', runs: [{ text: '正文。' }] },
        ],
      },
    });
    const trashed = createStory(db, { content: storyContent('废稿', '不要了。') });
    db.prepare('UPDATE stories SET deleted_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', trashed.id);
    migrateDatabase(db, 100);
    expect(db.prepare('SELECT story_id, title, body FROM story_search_docs').all()).toEqual([
      { story_id: live.id, title: '标题', body: '标题\n图为会场 彭锦 摄\n正文。' },
    ]);
    db.close();
  });

  it('0110 and 0120 refuse rows that break their rules, and list attachments by story with an index', () => {
    const db = openMemory();
    migrateDatabase(db);
    const story = createStory(db, { content: storyContent('标题', '正文。') });
    const insertAttachment = db.prepare(
      `INSERT INTO attachments (id, story_id, name, media_type, sha256, ext, size_bytes, created_at)
       VALUES (?, ?, 'a.txt', 'text/plain', ?, 'txt', 3, '2026-01-01')`,
    );
    expect(() => insertAttachment.run('x1', 'no-such-story', 'a'.repeat(64))).toThrow(/FOREIGN KEY/);
    expect(() => insertAttachment.run('x2', story.id, 'short-hash')).toThrow(/CHECK/);
    insertAttachment.run('x3', story.id, 'a'.repeat(64));
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM attachments WHERE story_id = ? ORDER BY created_at, rowid")
      .all(story.id) as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX attachments_by_story/);

    const insertAsset = db.prepare(
      `INSERT INTO assets (id, name, format, width_px, height_px, colour_space, has_icc_profile, bits_per_channel,
         has_alpha, density_ppi, size_bytes, thumb_width_px, thumb_height_px, created_at)
       VALUES (?, 'p.jpg', ?, 10, 10, ?, 0, 8, 0, NULL, 100, 10, 10, '2026-01-01')`,
    );
    expect(() => insertAsset.run('b'.repeat(64), 'gif', 'srgb')).toThrow(/CHECK/);
    expect(() => insertAsset.run('b'.repeat(64), 'jpeg', 'lab')).toThrow(/CHECK/);
    insertAsset.run('b'.repeat(64), 'jpeg', 'cmyk');
    db.close();
  });
});
