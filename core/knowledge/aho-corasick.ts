/**
 * Aho-Corasick over UTF-16 units: every pattern found in one pass over the
 * text, whatever the number of patterns. Built once; matching allocates only
 * the results.
 */
export class AhoCorasick<T> {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Payloads ending at each node, including those reached through fail links. */
  private readonly outputs: { length: number; value: T }[][] = [[]];
  /** The root's transitions as a dense table: most text units start at the root. */
  private readonly root = new Int32Array(0x10000);

  constructor(patterns: Iterable<{ pattern: string; value: T }>) {
    for (const { pattern, value } of patterns) this.add(pattern, value);
    this.link();
  }

  private add(pattern: string, value: T): void {
    if (!pattern) return;
    let node = 0;
    for (let index = 0; index < pattern.length; index++) {
      const code = pattern.charCodeAt(index);
      let next = this.goto[node]!.get(code);
      if (next === undefined) {
        next = this.goto.length;
        this.goto.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.goto[node]!.set(code, next);
      }
      node = next;
    }
    this.outputs[node]!.push({ length: pattern.length, value });
  }

  private link(): void {
    for (const [code, child] of this.goto[0]!) this.root[code] = child;
    const queue: number[] = [];
    for (const child of this.goto[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [code, child] of this.goto[node]!) {
        let fallback = this.fail[node]!;
        while (fallback !== 0 && !this.goto[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = this.goto[fallback]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child]!.push(...this.outputs[this.fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Calls `found` for every occurrence, with its start and end (exclusive) in `text`. */
  search(text: string, found: (start: number, end: number, value: T) => void): void {
    let node = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      let next = node === 0 ? undefined : this.goto[node]!.get(code);
      while (next === undefined && node !== 0) {
        node = this.fail[node]!;
        if (node !== 0) next = this.goto[node]!.get(code);
      }
      node = next ?? this.root[code]!;
      const outputs = this.outputs[node]!;
      if (outputs.length === 0) continue;
      for (let i = 0; i < outputs.length; i++) {
        const output = outputs[i]!;
        found(index + 1 - output.length, index + 1, output.value);
      }
    }
  }

  get size(): number {
    return this.goto.length;
  }
}
