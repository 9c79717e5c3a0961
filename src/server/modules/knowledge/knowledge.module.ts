import { defineServerModule } from '../module';
import { knowledgeRoutes } from './knowledge.routes';

export { createKnowledgeService } from './knowledge.service';

export const knowledgeModule = defineServerModule({ name: 'knowledge', routes: [knowledgeRoutes] });
