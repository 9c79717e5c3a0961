import { Card, Group, Loader, Tabs, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { IconGlobe } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useCountries } from '../../../lib/queries/get-countries';
import { usePartners } from '../../../lib/queries/get-partners';
import { CountriesTable } from '../components/countries-table';
import { PartnersTable } from '../components/partners-table';

type Tab = 'countries' | 'organisations';

function Loading() {
  const { t } = useTranslation();
  return (
    <Group justify="center" py="xl">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Group>
  );
}

/** Countries and partner organisations: the recipients every module works with. */
export function CountriesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'organisations' ? 'organisations' : 'countries';
  const countries = useCountries();
  const partners = usePartners('organisation');

  return (
    <>
      <PageHeader
        title={t('countries.title')}
        description={t('countries.description')}
        icon={
          <ThemeIcon size={48} radius="md" variant="light">
            <IconGlobe size={26} />
          </ThemeIcon>
        }
      />
      <Card p={{ base: 'sm', sm: 'lg' }}>
        <Tabs
          value={tab}
          onChange={(value) => setParams(value === 'organisations' ? { tab: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="countries">{t('countries.tabCountries')}</Tabs.Tab>
            <Tabs.Tab value="organisations">{t('countries.tabOrganisations')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="countries">
            {countries.isPending ? (
              <Loading />
            ) : countries.isError ? (
              <ErrorAlert error={countries.error} />
            ) : (
              <CountriesTable countries={countries.data.countries} />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="organisations">
            {partners.isPending ? (
              <Loading />
            ) : partners.isError ? (
              <ErrorAlert error={partners.error} />
            ) : (
              <PartnersTable partners={partners.data.partners} countries={countries.data?.countries ?? []} />
            )}
          </Tabs.Panel>
        </Tabs>
      </Card>
    </>
  );
}
