import { moduleIcons } from '../../components/module-icon';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const knowledgeFeature = defineFeature({
  id: 'knowledge',
  routes: [{ path: '/knowledge', lazy: page(() => import('./routes/knowledge-page'), 'KnowledgePage') }],
  nav: [{ section: 'modules', to: '/knowledge', label: 'modules.knowledge.title', icon: moduleIcons.knowledge }],
  locales: { en, zh },
});
