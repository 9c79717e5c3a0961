// Public API of the genome analysis engine (pure: runs in Node workers and in the browser).
export { analyseGenome, failedAnalysis, type GenomeQuery } from './analyse-genome';
export type * from './analysis-result';
export { parseDataset, type Dataset, type DatasetOutcome, type DatasetTexts } from './dataset';
export { FastaParser, parseFasta, type FastaRecord } from './parse/fasta-parser';
export { formatNdjsonRecord } from './output/format-ndjson';
export { formatTsvHeader, formatTsvRow, TSV_COLUMNS } from './output/format-tsv';
