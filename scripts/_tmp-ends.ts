import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDatasetSync, DEFAULT_DATASET_DIR } from '../src/server/workers/genome/load-dataset';
import { analyseGenome } from '../src/core/genome/analyse-genome';
import { parseFasta } from '../src/core/genome/parse/fasta-parser';
const ds = loadDatasetSync(DEFAULT_DATASET_DIR);
for (const f of ['sequences/ncov_example_2020/sequences.fasta.gz', 'sequences/nextclade_dataset_examples_2024/sequences.fasta.gz', 'nextclade_v1_fixture/input/sequences.fasta']) {
  const b = readFileSync('/work/shared/data/sars-cov-2/' + f);
  const recs = parseFasta((f.endsWith('.gz') ? gunzipSync(b) : b).toString());
  for (const r of recs) {
    const a = analyseGenome({ name: r.name, sequence: r.sequence! }, ds);
    const ins = a.insertions.filter((i) => i.pos < 300 || i.pos > 29600);
    if (ins.length || a.alignmentEnd! > 29890 && r.sequence!.length > 29903) console.log(f.split('/')[1], r.name, r.sequence!.length, a.alignmentStart, a.alignmentEnd, JSON.stringify(ins), r.sequence!.slice(-40));
  }
}
