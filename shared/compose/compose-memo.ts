/**
 * A memo of set paragraphs and headlines between compositions (kept by a page compose cache): a keystroke
 * re-shapes and re-breaks only the paragraph it changed; every other paragraph of the module comes back as it
 * was set (its lines and flat glyph store are never mutated once made). An edit spliced into a module's last flow
 * uses the other paragraphs without asking: it `touch`es their entries so the sweep keeps them.
 */
import type { FontBook } from './fonts/font-book';
import type { ComposedHeadline } from './headline';
import type { ComposedParagraph } from './paragraph';

interface Entry<T> {
  value: T;
  /** The composition that last used it. */
  used: number;
}

/** The text of runs that are one run with nothing but its text (most paragraphs), else undefined. */
function plainText(o: object): string | undefined {
  if (!Array.isArray(o) || o.length !== 1) return undefined;
  const run: unknown = o[0];
  if (typeof run !== 'object' || run === null) return undefined;
  for (const k in run) if (k !== 'text') return undefined;
  const text = (run as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

export class ComposeMemo {
  #fonts: FontBook | null = null;
  #generation = 0;
  readonly #paragraphs = new Map<string, Entry<ComposedParagraph>>();
  readonly #headlines = new Map<string, Entry<ComposedHeadline>>();
  readonly #ids = new WeakMap<object, number>();
  #nextId = 1;
  readonly #keyIds = new WeakMap<object, number>();
  readonly #jsonIds = new Map<string, number>();
  /** Runs that are one plain run, by its text: no JSON made, and the text's hash is kept by the string itself. */
  readonly #textIds = new Map<string, number>();
  readonly #placed = new WeakMap<object, Map<number, unknown>>();

  /** Start a composition with these fonts (other fonts: forget everything). */
  begin(fonts: FontBook): void {
    if (this.#fonts !== fonts) {
      this.#paragraphs.clear();
      this.#headlines.clear();
      this.#fonts = fonts;
    }
    this.#generation++;
  }

  /** Forget what the last `keep` compositions did not use (old versions of an edited paragraph). */
  sweep(keep = 2): void {
    const oldest = this.#generation - keep + 1;
    for (const [k, e] of this.#paragraphs) if (e.used < oldest) this.#paragraphs.delete(k);
    for (const [k, e] of this.#headlines) if (e.used < oldest) this.#headlines.delete(k);
  }

  /** A small number naming an object (a style sheet) for keys, without serialising it. */
  idOf(o: object | undefined): number {
    if (!o) return 0;
    let id = this.#ids.get(o);
    if (id === undefined) this.#ids.set(o, (id = this.#nextId++));
    return id;
  }

  /**
   * A small number per distinct JSON of an object never mutated (a paragraph's runs), made once per object: keys
   * stay short (a Map hashes the whole key string) and an untouched paragraph's key costs nothing to build.
   */
  keyOf(o: object): number {
    let id = this.#keyIds.get(o);
    if (id === undefined) {
      const text = plainText(o);
      // Two tables, one numbering: a plain run's text and a JSON never get the same number.
      const ids = text === undefined ? this.#jsonIds : this.#textIds;
      const key = text ?? JSON.stringify(o);
      id = ids.get(key);
      if (id === undefined) {
        // Bounded (every keystroke makes a new text): numbers are never reused, so forgetting costs a re-set at worst.
        if (ids.size >= 20_000) ids.clear();
        ids.set(key, (id = this.#nextId++));
      }
      this.#keyIds.set(o, id);
    }
    return id;
  }

  /**
   * What a module made of one set line placed somewhere (its frame items, its text line), kept with the line's
   * glyph store (which lives as long as its memoised paragraph) under the line's first glyph, the last placement
   * only (the caller checks it is the same line at the same place): a keystroke re-makes only the lines that
   * changed or moved.
   */
  placedLine(store: object, glyphStart: number): unknown {
    return this.#placed.get(store)?.get(glyphStart);
  }

  keepPlacedLine(store: object, glyphStart: number, value: unknown): void {
    let byStart = this.#placed.get(store);
    if (!byStart) this.#placed.set(store, (byStart = new Map()));
    byStart.set(glyphStart, value);
  }

  /**
   * The paragraph set earlier under `key` whose line i was set in the measure `measureOf(first + i)` gives, else
   * undefined; marked used (and handed to `used`, for `touch`). Measures are checked one by one: no closure or
   * array per look-up.
   */
  paragraphSetIn(key: string, measureOf: (unitIndex: number) => number, first: number, used?: object[]): ComposedParagraph | undefined {
    const entry = this.#paragraphs.get(key);
    if (!entry) return undefined;
    const measures = entry.value.measuresPt;
    for (let i = 0; i < measures.length; i++) if (measures[i] !== measureOf(first + i)) return undefined;
    entry.used = this.#generation;
    used?.push(entry);
    return entry.value;
  }

  /** Keep a paragraph just set under `key` (handed to `used`, for `touch`). */
  keepParagraph(key: string, value: ComposedParagraph, used?: object[]): void {
    const entry = { value, used: this.#generation };
    this.#paragraphs.set(key, entry);
    used?.push(entry);
  }

  headline(key: string, set: () => ComposedHeadline, used?: object[]): ComposedHeadline {
    let entry = this.#headlines.get(key);
    if (entry) entry.used = this.#generation;
    else this.#headlines.set(key, (entry = { value: set(), used: this.#generation }));
    used?.push(entry);
    return entry.value;
  }

  /**
   * Keep entries this composition used without asking for them (an edit spliced into the last flow reuses the
   * other paragraphs as they are), so the sweep does not forget them.
   */
  touch(entries: readonly object[]): void {
    for (const e of entries) (e as Entry<unknown>).used = this.#generation;
  }
}
