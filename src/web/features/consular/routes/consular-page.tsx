import { Card, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { IconShield } from '../../../components/icons';
import { ModuleOverview } from '../../../components/module-overview';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../lib/queries/get-me';
import { AdvisoriesPanel } from '../components/advisories-panel';
import { CitizenView } from '../components/citizen-view';
import { CallHistoryImport } from '../components/call-history-import';
import { HelpDesk } from '../components/help-desk';
import { HelpDeskStatisticsPanel } from '../components/help-desk-statistics';
import { ImportedCasesImport } from '../components/imported-cases-import';
import { ImportedCasesStatistics } from '../components/imported-cases-statistics';
import { KitsPanel } from '../components/kits-panel';
import { PostsEditor } from '../components/posts-editor';

// From the start of the epidemic to today: the range an officer most often asks about first.
const initialRange = () => ({ from: '2020-01-01', to: new Date().toISOString().slice(0, 10) });
// The help desk's last eight weeks, against the same weeks of last year.
// Ends on the reader's own date, not UTC's: cases count on their post's local day, and a post east of UTC
// (the reader's own desk, often) is already on tomorrow's UTC date in its morning.
const recentRange = () => {
  const now = new Date();
  const today = now.getTime() - now.getTimezoneOffset() * 60_000;
  return { from: new Date(today - 55 * 86_400_000).toISOString().slice(0, 10), to: new Date(today).toISOString().slice(0, 10) };
};

// The consular module: the help desk and imported-case statistics for officers and admins, registration and
// help requests for citizens, the overview for others.
export function ConsularPage() {
  const { t } = useTranslation('consular');
  const me = useMe();
  if (me.isPending) return <Loader size="sm" />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const role = me.data.user?.role;
  if (role === 'citizen') {
    return (
      <>
        <PageHeader title={t('title')} description={t('citizenDescription')} icon={<IconShield size={28} />} />
        <CitizenView />
      </>
    );
  }
  if (role !== 'consular_officer' && role !== 'admin') return <ModuleOverview id="consular" />;
  return (
    <>
      <PageHeader title={t('title')} description={t('officerDescription')} icon={<IconShield size={28} />} />
      <Tabs defaultValue="desk" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="desk">{t('tabs.desk')}</Tabs.Tab>
          <Tabs.Tab value="advisories">{t('tabs.advisories')}</Tabs.Tab>
          <Tabs.Tab value="kits">{t('tabs.kits')}</Tabs.Tab>
          <Tabs.Tab value="statistics">{t('tabs.statistics')}</Tabs.Tab>
          {role === 'admin' && <Tabs.Tab value="posts">{t('tabs.posts')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="desk">
          <HelpDesk />
        </Tabs.Panel>
        <Tabs.Panel value="advisories">
          <AdvisoriesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="kits">
          <KitsPanel />
        </Tabs.Panel>
        {role === 'admin' && (
          <Tabs.Panel value="posts">
            <PostsEditor />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="statistics">
          <Stack gap="lg">
            <section>
              <Title order={2} size="h4" mb="sm">
                {t('statistics.title')}
              </Title>
              <HelpDeskStatisticsPanel initial={recentRange()} choosePost={role === 'admin'} />
            </section>
            <Card>
              <Title order={2} size="h4" mb="xs">
                {t('statistics.importTitle')}
              </Title>
              <CallHistoryImport />
            </Card>
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
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
