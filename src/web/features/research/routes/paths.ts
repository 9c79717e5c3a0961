// The research module's pages.
export const researchPaths = {
  search: '/research',
  genome: (id: number | string) => `/research/genomes/${id}`,
  submit: '/research/submit',
  analyse: '/research/analyse',
  stats: '/research/stats',
} as const;
