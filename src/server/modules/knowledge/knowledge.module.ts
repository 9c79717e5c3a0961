import { defineServerModule } from '../module';

export { createKnowledgeService } from './knowledge.service';

export const knowledgeModule = defineServerModule({ name: 'knowledge', routes: [] });
