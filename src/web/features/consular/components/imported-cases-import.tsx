import { useTranslation } from 'react-i18next';
import { useImportImportedCases } from '../api/imported-cases';
import { CsvUpload } from './csv-upload';

/** For consular officers: the health authority's CSV of imported cases, taken whole or refused with its line and column. */
export function ImportedCasesImport() {
  const { t } = useTranslation('consular');
  const upload = useImportImportedCases();
  return <CsvUpload hint={t('importedCases.importHint')} upload={upload} testId="imported-cases-file" summary={(s) => t('importedCases.summary', { n: s.imported, first: s.firstDate, last: s.lastDate })} />;
}
