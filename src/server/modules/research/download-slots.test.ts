import { describe, expect, it } from 'vitest';
import { TooManyRequests } from '../../errors';
import { downloadSlots } from './download-slots';

describe('download slots', () => {
  it('gives an address at most its share and the server at most its total, and takes slots back once', () => {
    const slots = downloadSlots({ perAddress: 2, total: 3 });
    const a1 = slots.take('a');
    slots.take('a');
    expect(() => slots.take('a')).toThrow(TooManyRequests);
    const b1 = slots.take('b');
    expect(() => slots.take('c')).toThrow(/busy/);
    b1();
    b1(); // a second release gives nothing back twice
    expect(slots.inUse).toBe(2);
    slots.take('c');
    expect(() => slots.take('d')).toThrow(/busy/);
    a1();
    expect(() => slots.take('a')).not.toThrow();
  });
});
