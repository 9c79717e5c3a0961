import { moduleIcons } from '../../components/module-icon';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

// The research module's front page is the genome search; its sub-pages follow.
export const researchFeature = defineFeature({
  id: 'research',
  routes: [
    { path: '/research', lazy: page(() => import('./routes/research-page'), 'ResearchPage') },
    { path: '/research/genomes/:id', lazy: page(() => import('./routes/genome-page'), 'GenomePage') },
    { path: '/research/submit', lazy: page(() => import('./routes/submit-page'), 'SubmitPage') },
    { path: '/research/submissions', lazy: page(() => import('./routes/submissions-page'), 'SubmissionsPage') },
    { path: '/research/analyse', lazy: page(() => import('./routes/analyse-page'), 'AnalysePage') },
    { path: '/research/trends', lazy: page(() => import('./routes/trends-page'), 'TrendsPage') },
    { path: '/research/results', lazy: page(() => import('./routes/results-page'), 'ResultsPage') },
    { path: '/research/results/new', lazy: page(() => import('./routes/result-form-page'), 'ResultFormPage') },
    { path: '/research/results/compare', lazy: page(() => import('./routes/compare-page'), 'ComparePage') },
    { path: '/research/results/:id', lazy: page(() => import('./routes/result-page'), 'ResultPage') },
    { path: '/research/results/:id/edit', lazy: page(() => import('./routes/result-form-page'), 'ResultFormPage') },
    { path: '/research/vaccines', lazy: page(() => import('./routes/vaccines-page'), 'VaccinesPage') },
    { path: '/research/stats', lazy: page(() => import('./routes/stats-page'), 'StatsPage') },
  ],
  nav: [{ section: 'modules', to: '/research', label: 'modules.research.title', icon: moduleIcons.research }],
  locales: { en, zh },
});
