import { CONSIGNMENT_STEPS, type ConsignmentStatus } from '../../shared/schemas/aid-shipments';

// A consignment moves one step at a time: prepared → dispatched → in transit → arrived → handed over →
// receipt confirmed. It may be cancelled until it is handed over; nothing follows a cancellation or a
// confirmed receipt.

export type StepCheck = { ok: true } | { ok: false; message: string };

export function checkStep(from: ConsignmentStatus, to: ConsignmentStatus): StepCheck {
  if (from === 'cancelled' || from === 'receipt-confirmed') return { ok: false, message: `the consignment is ${from}: no step follows` };
  const at = CONSIGNMENT_STEPS.indexOf(from);
  if (to === 'cancelled') {
    return at < CONSIGNMENT_STEPS.indexOf('handed-over') ? { ok: true } : { ok: false, message: 'a consignment handed over cannot be cancelled' };
  }
  const next = CONSIGNMENT_STEPS[at + 1];
  return to === next ? { ok: true } : { ok: false, message: `the next step after ${from} is ${next}, not ${to}` };
}
