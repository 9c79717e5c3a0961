import { describe, expect, it } from 'vitest';
import { checkStep } from './consignment-steps';
import { checkReceipt, receiptBalance } from './receipt-balance';

describe('consignment steps', () => {
  it('moves one step at a time, cancels before hand-over only, and stops after the end', () => {
    expect(checkStep('prepared', 'dispatched')).toEqual({ ok: true });
    expect(checkStep('prepared', 'arrived')).toEqual({ ok: false, message: 'the next step after prepared is dispatched, not arrived' });
    expect(checkStep('arrived', 'cancelled')).toEqual({ ok: true });
    expect(checkStep('handed-over', 'cancelled').ok).toBe(false);
    expect(checkStep('receipt-confirmed', 'cancelled').ok).toBe(false);
    expect(checkStep('cancelled', 'dispatched').ok).toBe(false);
  });
});

describe('receipts', () => {
  const shipped = new Map([
    ['gloves', 5000],
    ['masks', 1000],
  ]);
  it('adds partial receipts up; what is neither good nor damaged is short', () => {
    const balance = receiptBalance(shipped, [
      { item: 'gloves', good: 3000, damaged: 0, excess: 0 },
      { item: 'gloves', good: 1000, damaged: 500, excess: 0 },
      { item: 'masks', good: 1000, damaged: 0, excess: 20 },
    ]);
    expect(balance).toEqual([
      { item: 'gloves', shipped: 5000, good: 4000, damaged: 500, short: 500, excess: 0 },
      { item: 'masks', shipped: 1000, good: 1000, damaged: 0, short: 0, excess: 20 },
    ]);
    // 500 gloves left: 600 good is refused at its field; 400 good + 200 damaged at the damaged field.
    expect(checkReceipt(balance, [{ item: 'gloves', good: 600, damaged: 0, excess: 0 }])).toEqual([{ path: 'lines[0].good', message: 'at most 500 can still be received of 5000 shipped' }]);
    expect(checkReceipt(balance, [{ item: 'gloves', good: 400, damaged: 200, excess: 0 }])[0]!.path).toBe('lines[0].damaged');
    expect(checkReceipt(balance, [{ item: 'gloves', good: 500, damaged: 0, excess: 0 }])).toEqual([]);
    expect(checkReceipt(balance, [{ item: 'soap', good: 1, damaged: 0, excess: 0 }])[0]!.path).toBe('lines[0].item');
  });
});
