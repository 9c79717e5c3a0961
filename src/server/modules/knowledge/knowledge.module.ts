import { defineServerModule } from '../module';
import { knowledgeRoutes } from './knowledge.routes';
import { knowledge } from './migrations/080-knowledge';
import { knowledgeDistribution } from './migrations/081-knowledge-distribution';
import { knowledgeSearch } from './migrations/082-knowledge-search';
import { knowledgeReminders } from './migrations/083-knowledge-reminders';
import { knowledgeMeetings } from './migrations/084-knowledge-meetings';
import { knowledgeQuestions } from './migrations/085-knowledge-questions';

export { createKnowledgeService } from './knowledge.service';

export const knowledgeModule = defineServerModule({ name: 'knowledge', routes: [knowledgeRoutes], migrations: { '080-knowledge': knowledge, '081-knowledge-distribution': knowledgeDistribution, '082-knowledge-search': knowledgeSearch, '083-knowledge-reminders': knowledgeReminders, '084-knowledge-meetings': knowledgeMeetings, '085-knowledge-questions': knowledgeQuestions } });
