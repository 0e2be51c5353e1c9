/**
 * A memo of set paragraphs and headlines between compositions (kept by a page compose cache): a keystroke
 * re-shapes and re-breaks only the paragraph it changed; every other paragraph of the module comes back as it
 * was set (its lines and flat glyph store are never mutated once made). Within one composition it also sets a
 * module's head once though the module asks for it twice (its height, then the story).
 */
import type { FontBook } from './fonts/font-book';
import type { ComposedHeadline } from './headline';
import type { ComposedParagraph } from './paragraph';

interface Entry<T> {
  value: T;
  /** The composition that last used it. */
  used: number;
}

export class ComposeMemo {
  #fonts: FontBook | null = null;
  #generation = 0;
  readonly #paragraphs = new Map<string, Entry<ComposedParagraph>>();
  readonly #headlines = new Map<string, Entry<ComposedHeadline>>();
  readonly #ids = new WeakMap<object, number>();
  #nextId = 1;
  readonly #json = new WeakMap<object, string>();

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

  /** JSON of an object never mutated (a paragraph's runs), made once per object: keys of untouched paragraphs cost nothing. */
  jsonOf(o: object): string {
    let json = this.#json.get(o);
    if (json === undefined) this.#json.set(o, (json = JSON.stringify(o)));
    return json;
  }

  /** A paragraph set earlier under the same key whose lines were set in the same measures, else set it now. */
  paragraph(key: string, widthAt: (lineIndex: number) => number, set: () => ComposedParagraph): ComposedParagraph {
    const hit = this.#paragraphs.get(key);
    if (hit && hit.value.measuresPt.every((w, i) => w === widthAt(i))) {
      hit.used = this.#generation;
      return hit.value;
    }
    const value = set();
    this.#paragraphs.set(key, { value, used: this.#generation });
    return value;
  }

  headline(key: string, set: () => ComposedHeadline): ComposedHeadline {
    const hit = this.#headlines.get(key);
    if (hit) {
      hit.used = this.#generation;
      return hit.value;
    }
    const value = set();
    this.#headlines.set(key, { value, used: this.#generation });
    return value;
  }
}
