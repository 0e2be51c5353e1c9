/**
 * Bytes for typed-array columns (glyph stores, glyph runs) cut from shared ArrayBuffers. Making an ArrayBuffer
 * costs Node ~3 µs whatever its size (backing store, its bookkeeping, external memory accounting), so a
 * composition that makes ~70 small ones spends ~10 % of its time there; one room per composition makes a few.
 * Only for what lives and dies together (composePage without a cache): a buffer lives while any view into it
 * does, so a long-lived memo gives each store its own.
 */

/**
 * Bytes of one shared buffer: well below malloc's mmap threshold (128 KB); a dense page's glyph stores and runs
 * (~250 KB) take about eight. Anything over half of it gets a buffer of its own (the shared one keeps its room).
 */
const CHUNK_BYTES = 32 * 1024;

export class BufferRoom {
  /** The buffer shared takes are cut from, and the first free byte in it. */
  #shared: ArrayBuffer | null = null;
  #at = 0;
  /** The buffer of the last take (the shared one, or a large take's own). */
  #last: ArrayBuffer | null = null;

  /**
   * Reserve `bytes` (8-byte aligned: Float64 columns may follow) and return their offset in `buffer`, read after
   * this call (an offset, not an { buffer, offset } pair: no object per take).
   */
  take(bytes: number): number {
    const size = (bytes + 7) & ~7;
    if (size > CHUNK_BYTES / 2) {
      this.#last = new ArrayBuffer(size);
      return 0;
    }
    if (!this.#shared || this.#at + size > CHUNK_BYTES) {
      this.#shared = new ArrayBuffer(CHUNK_BYTES);
      this.#at = 0;
    }
    this.#last = this.#shared;
    const at = this.#at;
    this.#at = at + size;
    return at;
  }

  /** The buffer the last take's bytes are in. */
  get buffer(): ArrayBuffer {
    if (!this.#last) throw new Error('BufferRoom: nothing taken yet');
    return this.#last;
  }
}
