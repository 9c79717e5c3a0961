import type { ResultRecord, ResultStub, ResultSummary } from '../../../shared/schemas/research-results';

// How a stored result is listed (its summary) and indexed (its facet values and search text).

export function summaryOf(id: number, status: ResultSummary['status'], record: ResultRecord): ResultSummary {
  return {
    id,
    status,
    kind: record.kind,
    title: record.title,
    titleZh: record.titleZh ?? null,
    authors: record.authors.map((a) => a.name),
    countries: [...new Set(record.authors.map((a) => a.country))],
    date: record.date,
    doi: record.doi ?? null,
    registryIds: record.registryIds,
    phase: record.trial?.phase ?? null,
    interventions: record.interventions,
    verified: record.verified,
  };
}

export function stubSummary(id: number, stub: ResultStub): ResultSummary {
  return { id, status: 'draft', kind: 'paper', title: stub.title ?? stub.doi ?? `#${id}`, titleZh: null, authors: stub.authors, countries: [], date: stub.date ?? null, doi: stub.doi ?? null, registryIds: [], phase: null, interventions: [], verified: false };
}

/** The facet values and search text of a published record. */
export function indexOf(record: ResultRecord) {
  const facets: { facet: string; value: string }[] = [{ facet: 'kind', value: record.kind }];
  for (const topic of new Set(record.topics)) facets.push({ facet: 'topic', value: topic });
  for (const country of new Set([...record.authors.map((a) => a.country), ...(record.trial?.countries ?? [])])) facets.push({ facet: 'country', value: country });
  for (const intervention of new Set(record.interventions)) facets.push({ facet: 'intervention', value: intervention });
  if (record.trial) facets.push({ facet: 'phase', value: record.trial.phase });
  const body = [record.title, record.titleZh, record.abstract, record.abstractZh, ...record.authors.map((a) => `${a.name} ${a.affiliation}`), record.doi, ...record.registryIds, ...record.topics, ...record.interventions, record.trial?.summary, record.journal]
    .filter(Boolean)
    .join('\n');
  return { facets, body };
}
