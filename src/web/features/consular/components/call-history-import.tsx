import { useTranslation } from 'react-i18next';
import { useImportCallHistory } from '../api/statistics';
import { CsvUpload } from './csv-upload';

/** The help desk's daily call counts (date,calls[,post]) for comparing with last year; an officer's are their post's. */
export function CallHistoryImport() {
  const { t } = useTranslation('consular');
  const upload = useImportCallHistory();
  return <CsvUpload hint={t('statistics.importHint')} upload={upload} testId="call-history-file" summary={(s) => t('statistics.importSummary', { calls: s.calls, days: s.days, first: s.firstDate, last: s.lastDate })} />;
}
