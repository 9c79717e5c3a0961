import type { RouteObject } from 'react-router';

// The research module's sub-pages (its front page, the search, is the module route itself).
export const researchRoutes: RouteObject[] = [
  { path: '/research/genomes/:id', lazy: () => import('./genome-page').then((m) => ({ Component: m.GenomePage })) },
  { path: '/research/submit', lazy: () => import('./submit-page').then((m) => ({ Component: m.SubmitPage })) },
  { path: '/research/submissions', lazy: () => import('./submissions-page').then((m) => ({ Component: m.SubmissionsPage })) },
  { path: '/research/analyse', lazy: () => import('./analyse-page').then((m) => ({ Component: m.AnalysePage })) },
  { path: '/research/trends', lazy: () => import('./trends-page').then((m) => ({ Component: m.TrendsPage })) },
  { path: '/research/vaccines', lazy: () => import('./vaccines-page').then((m) => ({ Component: m.VaccinesPage })) },
  { path: '/research/stats', lazy: () => import('./stats-page').then((m) => ({ Component: m.StatsPage })) },
];
