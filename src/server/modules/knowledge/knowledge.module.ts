import { defineServerModule } from '../module';
import { knowledgeRoutes } from './knowledge.routes';
import { knowledge } from './migrations/080-knowledge';

export { createKnowledgeService } from './knowledge.service';

export const knowledgeModule = defineServerModule({ name: 'knowledge', routes: [knowledgeRoutes], migrations: { '080-knowledge': knowledge } });
