import type { ServiceContext } from '../../services';

// The knowledge module is registered and owns no tables yet: its issue builds the service.
export function createKnowledgeService(_deps: Pick<ServiceContext, 'db' | 'clock'>) {
  return {};
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
