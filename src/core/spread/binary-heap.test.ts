import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './binary-heap';

describe('MinHeap', () => {
  it('pops in key order, equal keys by node, growing past its capacity (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat(1000))), (entries) => {
        const heap = new MinHeap(1);
        for (const [key, node] of entries) heap.push(key, node);
        const out: [number, number][] = [];
        while (heap.size > 0) {
          const key = heap.peekKey() as number;
          out.push([key, heap.pop()]);
        }
        expect(out).toEqual([...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
        expect(heap.pop()).toBe(-1);
        expect(heap.peekKey()).toBeUndefined();
      }),
    );
  });
});
