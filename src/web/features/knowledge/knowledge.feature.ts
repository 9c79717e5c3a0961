import { IconBook } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';

export const knowledgeFeature = defineFeature({
  id: 'knowledge',
  routes: [{ path: '/knowledge', lazy: page(() => import('./routes/knowledge-page'), 'KnowledgePage') }],
  nav: [{ section: 'modules', to: '/knowledge', label: 'modules.knowledge.title', icon: IconBook }],
});
