import { describe, expect, it } from 'vitest';
import { CHUNK_MAX, CHUNK_MIN, chunkEnds, followEdit, fresh, textEdit, type Chunks } from '../../../renderer/editor/long-text';

const SENTENCE = '钢城工人在炉前坚守岗位，确保生产安全稳定运行。';
const long = (n: number) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);

/** A seeded generator (mulberry32), so the random edits below are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pieces(text: string, chunks: Chunks): string[] {
  return chunks.ends.map((end, i) => text.slice(i === 0 ? 0 : chunks.ends[i - 1], end));
}

describe('chunkEnds: where a long leaf is cut', () => {
  it('cuts after a sentence end once a chunk holds CHUNK_MIN characters, and ends at the text end', () => {
    const text = long(20_000);
    const ends = chunkEnds(text);
    expect(ends[ends.length - 1]).toBe(text.length);
    let start = 0;
    for (const end of ends.slice(0, -1)) {
      expect(end - start).toBeGreaterThanOrEqual(CHUNK_MIN);
      expect(end - start).toBeLessThanOrEqual(CHUNK_MAX);
      expect(text[end - 1]).toBe('。');
      start = end;
    }
  });

  it('keeps closing quotes with their sentence', () => {
    const text = '甲'.repeat(CHUNK_MIN) + '。”' + '乙'.repeat(CHUNK_MAX);
    expect(chunkEnds(text)[0]).toBe(CHUNK_MIN + 2);
  });

  it('cuts at CHUNK_MAX when no sentence ends, never between the halves of a surrogate pair', () => {
    expect(chunkEnds('字'.repeat(CHUNK_MAX * 2 + 10))).toEqual([CHUNK_MAX, CHUNK_MAX * 2, CHUNK_MAX * 2 + 10]);
    const text = 'a'.repeat(CHUNK_MAX - 1) + '𠀀'.repeat(CHUNK_MAX);
    const first = chunkEnds(text)[0];
    expect(first).toBe(CHUNK_MAX - 1);
    expect(text.charCodeAt(first)).toBe(0xd840);
  });

  it('leaves a short text whole', () => {
    expect(chunkEnds('')).toEqual([0]);
    expect(chunkEnds(long(CHUNK_MAX))).toEqual([CHUNK_MAX]);
  });
});

describe('textEdit', () => {
  it('finds the changed stretch between the common prefix and suffix', () => {
    expect(textEdit('abc', 'abc')).toBeNull();
    expect(textEdit('abcdef', 'abXYdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 4 });
    expect(textEdit('aaaa', 'aaaaa')).toEqual({ start: 4, oldEnd: 4, newEnd: 5 });
    const text = long(10_000);
    expect(textEdit(text, text.slice(0, 5000) + '新' + text.slice(5000))).toEqual({ start: 5000, oldEnd: 5000, newEnd: 5001 });
    expect(textEdit(text, text.slice(0, 3000) + text.slice(7000))).toEqual({ start: 3000, oldEnd: 7000, newEnd: 3000 });
  });
});

describe('followEdit: chunks follow an edit', () => {
  let id = 0;
  const nextId = () => ++id;

  it('changes only the chunk an insertion falls in', () => {
    const text = long(20_000);
    const before = fresh(text, nextId);
    const at = before.ends[2] - 10;
    const after = text.slice(0, at) + '新' + text.slice(at);
    const next = followEdit(text, before, after, nextId);
    expect(next.ids).toEqual(before.ids);
    const old = pieces(text, before);
    const now = pieces(after, next);
    now.forEach((piece, i) => (i === 2 ? expect(piece).not.toBe(old[i]) : expect(piece).toBe(old[i])));
  });

  it('gives an insertion at a boundary to the chunk before it, and a deletion there to the chunk after it', () => {
    const text = long(20_000);
    const before = fresh(text, nextId);
    const at = before.ends[1];
    const inserted = followEdit(text, before, text.slice(0, at) + 'x' + text.slice(at), nextId);
    expect(inserted.ends[1]).toBe(at + 1);
    expect(inserted.ends[0]).toBe(before.ends[0]);
    const deleted = followEdit(text, before, text.slice(0, at) + text.slice(at + 1), nextId);
    expect(deleted.ends[1]).toBe(at);
    expect(deleted.ends[2]).toBe(before.ends[2] - 1);
  });

  it('merges the chunks a deletion spans and cuts a chunk grown past CHUNK_MAX again', () => {
    const text = long(20_000);
    const before = fresh(text, nextId);
    // (a deletion of whole sentences would be found at the text end: the text repeats one sentence)
    const spanning = text.slice(0, before.ends[0] - 5) + text.slice(before.ends[2] - 7);
    const merged = followEdit(text, before, spanning, nextId);
    // chunks 0 to 2 become one (short enough to stay one); the others keep their ids.
    expect(merged.ends.length).toBe(before.ends.length - 2);
    expect(merged.ids[0]).toBe(before.ids[0]);
    expect(merged.ids.slice(1)).toEqual(before.ids.slice(3));
    const pasted = text.slice(0, 100) + long(9000) + text.slice(100);
    const grown = followEdit(text, before, pasted, nextId);
    expect(grown.ends.length).toBeGreaterThan(before.ends.length);
    pieces(pasted, grown).forEach((piece) => expect(piece.length).toBeLessThanOrEqual(CHUNK_MAX));
  });

  it('always covers the text exactly, over random edits (seeded)', () => {
    const rnd = random(14);
    let text = long(30_000);
    let chunks = fresh(text, nextId);
    for (let step = 0; step < 400; step++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const removeN = rnd() < 0.4 ? Math.floor(rnd() * (rnd() < 0.1 ? 6000 : 30)) : 0;
      const insert = rnd() < 0.7 ? long(1 + Math.floor(rnd() * (rnd() < 0.1 ? 9000 : 5))) : '';
      const after = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + removeN));
      const old = pieces(text, chunks);
      const previous = new Map(chunks.ids.map((id, i) => [id, old[i]]));
      chunks = followEdit(text, chunks, after, nextId);
      text = after;
      // Outside the chunks it names as edited, every chunk holds the same text under the same id as before.
      const now = pieces(text, chunks);
      const edited = chunks.edited ?? { from: 0, to: chunks.ids.length };
      chunks.ids.forEach((id, i) => {
        if (i < edited.from || i >= edited.to) expect(now[i]).toBe(previous.get(id));
      });
      expect(chunks.ends[chunks.ends.length - 1]).toBe(text.length);
      expect(pieces(text, chunks).join('')).toBe(text);
      expect(new Set(chunks.ids).size).toBe(chunks.ids.length);
      for (let i = 1; i < chunks.ends.length; i++) expect(chunks.ends[i]).toBeGreaterThan(chunks.ends[i - 1]);
    }
  });
});
