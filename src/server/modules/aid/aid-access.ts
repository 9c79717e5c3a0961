import type { Actor } from '../../auth/actor';
import { NotFound } from '../../errors';

/**
 * The aid module's one scope rule: a partner focal point reaches only its own partner's records; any
 * other partner's answers 404, exactly as an absent record does. Coordinators reach every partner.
 */
export function requirePartnerScope(actor: Actor, partnerId: string, what = 'request'): void {
  if (actor.role === 'coordinator' || actor.role === 'system' || actor.role === 'admin') return;
  if (actor.role === 'partner_focal_point' && actor.partnerId !== null && actor.partnerId === partnerId) return;
  throw new NotFound(what);
}

export const actsAs = (actor: Actor): 'partner' | 'coordinator' => (actor.role === 'partner_focal_point' ? 'partner' : 'coordinator');
