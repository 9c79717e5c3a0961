import { Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { IconPackage } from '../../../components/icons';
import { ModuleOverview } from '../../../components/module-overview';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../lib/queries/get-me';
import { usePartners } from '../../../lib/queries/get-partners';
import { useAidItems } from '../api/get-items';
import { BatchesPanel } from '../components/batches-panel';
import { CoordinatorRequests } from '../components/coordinator-requests';
import { DonorsPanel } from '../components/donors-panel';
import { FiguresPanel } from '../components/figures-panel';
import { PartnerView } from '../components/partner-view';
import { PlannerView } from '../components/planner-view';
import { PledgesPanel } from '../components/pledges-panel';
import { ShipmentsPanel } from '../components/shipments-panel';
import { SupplyAdmin } from '../components/supply-admin';
import { PartnerMissions } from '../components/partner-missions';
import { TechnicalPanel } from '../components/technical-panel';

// The aid module: the planner for coordinators and admins, the partner view for focal points, the overview for others.
export function AidPage() {
  const { t } = useTranslation('aid');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const user = me.data.user;
  if (user?.role === 'coordinator' || user?.role === 'admin') return <CoordinatorAid />;
  if (user?.role === 'partner_focal_point' && user.partnerId) {
    return (
      <>
        <PageHeader title={t('title')} description={t('partnerDescription')} icon={<IconPackage size={28} />} />
        <Anchor component={Link} to={`/aid/partners/${encodeURIComponent(user.partnerId)}/chain`} size="sm" mb="md" display="inline-block" data-testid="chain-link">
          {t('chain.open')}
        </Anchor>
        <Stack gap="lg">
          <PartnerView partnerId={user.partnerId} />
          <PartnerMissionsOf partnerId={user.partnerId} />
        </Stack>
      </>
    );
  }
  if (user?.role === 'expert') {
    return (
      <>
        <PageHeader title={t('title')} description={t('ta.expertDescription')} icon={<IconPackage size={28} />} />
        <ExpertMissions />
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

function PartnerMissionsOf({ partnerId }: { partnerId: string }) {
  const partners = usePartners();
  return <PartnerMissions partnerId={partnerId} partners={partners.data?.partners ?? []} />;
}

function ExpertMissions() {
  const partners = usePartners();
  if (partners.isPending) return <Loader size="sm" />;
  if (partners.isError) return <ErrorAlert error={partners.error} />;
  return <TechnicalPanel partners={partners.data.partners} canPlan={false} />;
}

function CoordinatorAid() {
  const { t } = useTranslation('aid');
  const items = useAidItems();
  const partners = usePartners();
  // The catalogue and the partners, which the requests and batches name things from: loading, failed or ready.
  const withCatalogue = (render: (itemList: AidItem[], partnerList: Partner[]) => ReactNode) =>
    items.isPending || partners.isPending ? (
      <Group justify="center">
        <Loader size="sm" />
      </Group>
    ) : items.isError || partners.isError ? (
      <ErrorAlert error={items.error ?? partners.error} />
    ) : (
      render(items.data.items, partners.data.partners)
    );
  return (
    <>
      <PageHeader title={t('title')} description={t('plannerDescription')} icon={<IconPackage size={28} />} />
      <Tabs defaultValue="planner" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="planner">{t('tabs.planner')}</Tabs.Tab>
          <Tabs.Tab value="batches">{t('tabs.batches')}</Tabs.Tab>
          <Tabs.Tab value="shipments">{t('tabs.shipments')}</Tabs.Tab>
          <Tabs.Tab value="figures">{t('tabs.figures')}</Tabs.Tab>
          <Tabs.Tab value="technical">{t('tabs.technical')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="pledges">{t('tabs.pledges')}</Tabs.Tab>
          <Tabs.Tab value="donors">{t('tabs.donors')}</Tabs.Tab>
          <Tabs.Tab value="supply">{t('tabs.supply')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="planner">
          <PlannerView />
        </Tabs.Panel>
        <Tabs.Panel value="batches">
          {withCatalogue((itemList, partnerList) => <BatchesPanel items={itemList} partners={partnerList} />)}
        </Tabs.Panel>
        <Tabs.Panel value="shipments">{withCatalogue((itemList, partnerList) => <ShipmentsPanel items={itemList} partners={partnerList} />)}</Tabs.Panel>
        <Tabs.Panel value="technical">{withCatalogue((_, partnerList) => <TechnicalPanel partners={partnerList} canPlan />)}</Tabs.Panel>
        <Tabs.Panel value="figures">{withCatalogue((itemList) => <FiguresPanel items={itemList} />)}</Tabs.Panel>
        <Tabs.Panel value="requests">{withCatalogue((itemList, partnerList) => <CoordinatorRequests items={itemList} partners={partnerList} />)}</Tabs.Panel>
        <Tabs.Panel value="pledges">
          {items.data && partners.data ? <PledgesPanel items={items.data.items} partners={partners.data.partners} /> : <Loader size="sm" />}
        </Tabs.Panel>
        <Tabs.Panel value="donors">{withCatalogue((itemList, partnerList) => <DonorsPanel items={itemList} partners={partnerList} />)}</Tabs.Panel>
        <Tabs.Panel value="supply">{items.data ? <SupplyAdmin items={items.data.items} /> : <Loader size="sm" />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
