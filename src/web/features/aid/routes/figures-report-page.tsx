import { Anchor, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useAidItems } from '../api/get-items';
import { FiguresView } from '../components/figures-panel';
import { todayIso } from '../utils/plan-defaults';
import '../styles/print.css';

/** The published figures as a print-ready report (A4, the app around it hidden in print). */
export function FiguresReportPage() {
  const { t } = useTranslation('aid');
  const [params] = useSearchParams();
  const date = params.get('date') ?? todayIso();
  const items = useAidItems();
  return (
    <Stack className="print-sheet" data-testid="figures-report">
      <Group className="no-print" justify="space-between">
        <Anchor component={Link} to="/aid">
          {t('print.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('consignment.print')}</Button>
      </Group>
      <Title order={2}>{t('figures.reportTitle', { date })}</Title>
      {items.isError ? <ErrorAlert error={items.error} /> : items.data ? <FiguresView date={date} items={items.data.items} report /> : <Loader size="sm" />}
    </Stack>
  );
}
