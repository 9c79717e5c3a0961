import { Card, Loader, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePartnerMissions } from '../api/technical-assistance';
import { nameById } from '../utils/names';
import { MissionsList } from './missions-list';

/** What a focal point sees of technical assistance: the missions and remote consultations to its own partner, read only. */
export function PartnerMissions({ partnerId, partners }: { partnerId: string; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const missions = usePartnerMissions(partnerId);
  return (
    <Card withBorder data-testid="partner-missions">
      <Title order={3} mb="sm">
        {t('ta.mission.toPartner')}
      </Title>
      {missions.isPending ? <Loader size="sm" /> : missions.isError ? <ErrorAlert error={missions.error} /> : <MissionsList missions={missions.data.missions} partnerName={nameById(partners, name)} />}
    </Card>
  );
}
