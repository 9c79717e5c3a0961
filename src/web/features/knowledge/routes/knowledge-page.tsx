import { Loader, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { IconBook } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../lib/queries/get-me';
import { DistributionDashboard } from '../components/distribution-dashboard';
import { DocumentsList } from '../components/documents-list';
import { Inbox } from '../components/inbox';
import { ManageDocuments } from '../components/manage-documents';
import { MeetingsList } from '../components/meetings-list';
import { SlotFinder } from '../components/slot-finder';
import { AskExperts } from '../components/ask-experts';
import { ExpertInbox } from '../components/expert-inbox';
import { PublishedAnswers } from '../components/published-answers';

const ORGANISERS = ['coordinator', 'expert', 'admin'];

// The knowledge module: documents for every reader; a focal point's inbox; publishing, sending, the distribution
// dashboard and the meeting slot finder for those who organise; questions to the experts and their published answers.
export function KnowledgePage() {
  const { t } = useTranslation('knowledge');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const user = me.data.user;
  const organiser = ORGANISERS.includes(user?.role ?? '');
  const partnerId = user?.role === 'partner_focal_point' ? user.partnerId : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} icon={<IconBook size={28} />} />
      <Tabs defaultValue={partnerId ? 'inbox' : 'documents'} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
          {partnerId && <Tabs.Tab value="inbox">{t('tabs.inbox')}</Tabs.Tab>}
          <Tabs.Tab value="documents">{t('tabs.documents')}</Tabs.Tab>
          {organiser && <Tabs.Tab value="manage">{t('tabs.manage')}</Tabs.Tab>}
          {organiser && <Tabs.Tab value="dashboard">{t('tabs.dashboard')}</Tabs.Tab>}
          {(organiser || partnerId) && <Tabs.Tab value="meetings">{t('tabs.meetings')}</Tabs.Tab>}
          {organiser && <Tabs.Tab value="slots">{t('tabs.slots')}</Tabs.Tab>}
          {(organiser || partnerId) && <Tabs.Tab value="questions">{t('tabs.questions')}</Tabs.Tab>}
          {(organiser || partnerId) && <Tabs.Tab value="answers">{t('tabs.answers')}</Tabs.Tab>}
        </Tabs.List>
        {partnerId && (
          <Tabs.Panel value="inbox">
            <Inbox partnerId={partnerId} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="documents">
          <DocumentsList />
        </Tabs.Panel>
        {(organiser || partnerId) && (
          <Tabs.Panel value="meetings">
            <MeetingsList organiser={organiser} partnerId={partnerId} />
          </Tabs.Panel>
        )}
        {(organiser || partnerId) && (
          <>
            <Tabs.Panel value="questions">{partnerId ? <AskExperts partnerId={partnerId} /> : <ExpertInbox expert={user?.role === 'expert'} />}</Tabs.Panel>
            <Tabs.Panel value="answers">
              <PublishedAnswers />
            </Tabs.Panel>
          </>
        )}
        {organiser && (
          <>
            <Tabs.Panel value="manage">
              <ManageDocuments />
            </Tabs.Panel>
            <Tabs.Panel value="dashboard">
              <DistributionDashboard />
            </Tabs.Panel>
            <Tabs.Panel value="slots">
              <SlotFinder />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </>
  );
}
