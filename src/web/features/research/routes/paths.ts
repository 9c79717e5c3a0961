// The research module's pages.
export const researchPaths = {
  search: '/research',
  genome: (id: number | string) => `/research/genomes/${id}`,
  submit: '/research/submit',
  submissions: '/research/submissions',
  analyse: '/research/analyse',
  trends: '/research/trends',
  vaccines: '/research/vaccines',
  stats: '/research/stats',
} as const;
