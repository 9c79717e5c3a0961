import { Card, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useCountries } from '../../../lib/queries/get-countries';
import { useAidSupply } from '../api/get-supply';
import { AgencyNeedsPanel } from './agency-needs-panel';
import { AgencyPriorityWeightsPanel } from './agency-priority-weights-panel';
import { CatalogueEditor } from './catalogue-editor';
import { ReserveSettingsForm } from './reserve-settings-form';
import { SupplyEditor } from './supply-editor';

/** What coordinators set before planning: the donor's supply and reserve floors, the reserve settings, the agency's needs parameters and priority weights, the catalogue. */
export function SupplyAdmin({ items }: { items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const supply = useAidSupply();
  const countries = useCountries();
  if (supply.isPending || countries.isPending) return <Loader size="sm" />;
  if (supply.isError || countries.isError) return <ErrorAlert error={supply.error ?? countries.error} />;
  return (
    <Stack>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('reserveSettings.title')}
        </Title>
        <ReserveSettingsForm key={JSON.stringify(supply.data.settings)} settings={supply.data.settings} countries={countries.data.countries} notes={supply.data.notes} />
      </Card>
      <AgencyNeedsPanel />
      <AgencyPriorityWeightsPanel />
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('supply.editTitle')}
        </Title>
        <SupplyEditor key={JSON.stringify(supply.data.lines)} lines={supply.data.lines} items={items} />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('catalogue.title')}
        </Title>
        <CatalogueEditor key={JSON.stringify(items)} items={items} />
      </Card>
    </Stack>
  );
}
