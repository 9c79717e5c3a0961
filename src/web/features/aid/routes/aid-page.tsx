import { Group, Loader, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { IconPackage } from '../../../components/icons';
import { ModuleOverview } from '../../../components/module-overview';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../auth/api/get-me';
import { usePartners } from '../../countries/api/get-partners';
import { useAidItems } from '../api/get-items';
import { CoordinatorRequests } from '../components/coordinator-requests';
import { PartnerView } from '../components/partner-view';
import { PlannerView } from '../components/planner-view';
import { PledgesPanel } from '../components/pledges-panel';
import { SupplyAdmin } from '../components/supply-admin';

// The aid module: the planner for coordinators, the partner view for focal points, the overview for others.
export function AidPage() {
  const { t } = useTranslation('aid');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const user = me.data.user;
  if (user?.role === 'coordinator') return <CoordinatorAid />;
  if (user?.role === 'partner_focal_point' && user.partnerId) {
    return (
      <>
        <PageHeader title={t('title')} description={t('partnerDescription')} icon={<IconPackage size={28} />} />
        <PartnerView partnerId={user.partnerId} />
      </>
    );
  }
  return (
    <>
      <ModuleOverview id="aid" />
      {user && (
        <Text c="dimmed" mt="md">
          {t('otherRoles')}
        </Text>
      )}
    </>
  );
}

function CoordinatorAid() {
  const { t } = useTranslation('aid');
  const items = useAidItems();
  const partners = usePartners();
  return (
    <>
      <PageHeader title={t('title')} description={t('plannerDescription')} icon={<IconPackage size={28} />} />
      <Tabs defaultValue="planner" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="planner">{t('tabs.planner')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="pledges">{t('tabs.pledges')}</Tabs.Tab>
          <Tabs.Tab value="supply">{t('tabs.supply')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="planner">
          <PlannerView />
        </Tabs.Panel>
        <Tabs.Panel value="requests">
          {items.isPending || partners.isPending ? (
            <Group justify="center">
              <Loader size="sm" />
            </Group>
          ) : items.isError || partners.isError ? (
            <ErrorAlert error={items.error ?? partners.error} />
          ) : (
            <CoordinatorRequests items={items.data.items} partners={partners.data.partners} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="pledges">
          {items.data && partners.data ? <PledgesPanel items={items.data.items} partners={partners.data.partners} /> : <Loader size="sm" />}
        </Tabs.Panel>
        <Tabs.Panel value="supply">{items.data ? <SupplyAdmin items={items.data.items} /> : <Loader size="sm" />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
