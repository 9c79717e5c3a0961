import type { ServiceContext } from '../../services';

// The consular module is registered and owns no tables yet: its issue builds the service.
export function createConsularService(_deps: Pick<ServiceContext, 'db' | 'clock'>) {
  return {};
}

export type ConsularService = ReturnType<typeof createConsularService>;
