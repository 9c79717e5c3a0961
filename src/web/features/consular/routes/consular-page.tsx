import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { IconShield } from '../../../components/icons';
import { ModuleOverview } from '../../../components/module-overview';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../lib/queries/get-me';
import { ImportedCasesImport } from '../components/imported-cases-import';
import { ImportedCasesStatistics } from '../components/imported-cases-statistics';

// From the start of the epidemic to today: the range an officer most often asks about first.
const initialRange = () => ({ from: '2020-01-01', to: new Date().toISOString().slice(0, 10) });

// The consular module: imported-case statistics and their import for consular officers and admins; the overview for others.
export function ConsularPage() {
  const { t } = useTranslation('consular');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const role = me.data.user?.role;
  if (role !== 'consular_officer' && role !== 'admin') return <ModuleOverview id="consular" />;
  return (
    <>
      <PageHeader title={t('title')} description={t('officerDescription')} icon={<IconShield size={28} />} />
      <Stack gap="lg">
        <section>
          <Title order={2} size="h4" mb="sm">
            {t('importedCases.title')}
          </Title>
          <ImportedCasesStatistics initial={initialRange()} />
        </section>
        <Card>
          <Title order={2} size="h4" mb="xs">
            {t('importedCases.importTitle')}
          </Title>
          <ImportedCasesImport />
        </Card>
        <Text size="sm" c="dimmed">
          {t('comingNext')}
        </Text>
      </Stack>
    </>
  );
}
