// happy-dom lacks StaticRange; browsers have had it for years. A plain record of
// the same four fields is exactly what the real one is.
if (typeof window !== 'undefined' && typeof globalThis.StaticRange === 'undefined') {
  class StaticRangeShim {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  (globalThis as unknown as { StaticRange: unknown }).StaticRange = StaticRangeShim;
}
