import { Loader, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { IconBook } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../lib/queries/get-me';
import { DocumentsList } from '../components/documents-list';
import { SlotFinder } from '../components/slot-finder';

const ORGANISERS = ['coordinator', 'expert', 'admin'];

// The knowledge module: documents for every reader; the meeting slot finder for those who organise meetings.
export function KnowledgePage() {
  const { t } = useTranslation('knowledge');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const organiser = ORGANISERS.includes(me.data.user?.role ?? '');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} icon={<IconBook size={28} />} />
      <Tabs defaultValue="documents" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="documents">{t('tabs.documents')}</Tabs.Tab>
          {organiser && <Tabs.Tab value="slots">{t('tabs.slots')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="documents">
          <DocumentsList />
        </Tabs.Panel>
        {organiser && (
          <Tabs.Panel value="slots">
            <SlotFinder />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
