// The research module's pages.
export const researchPaths = {
  search: '/research',
  genome: (id: number | string) => `/research/genomes/${id}`,
  submit: '/research/submit',
  submissions: '/research/submissions',
  analyse: '/research/analyse',
  trends: '/research/trends',
  vaccines: '/research/vaccines',
  results: '/research/results',
  result: (id: number | string) => `/research/results/${id}`,
  newResult: '/research/results/new',
  editResult: (id: number | string) => `/research/results/${id}/edit`,
  compareResults: '/research/results/compare',
  stats: '/research/stats',
} as const;
