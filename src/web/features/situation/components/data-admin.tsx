import { Accordion, Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/queries/get-me';
import { ImportForm } from './import-form';
import { SourceList } from './source-list';
import { WeightsForm } from './weights-form';

/** Coordinators' tools on the overview: the sources and which is shown, import series, the severity weights. Hidden from everyone else. */
export function DataAdmin() {
  const { t } = useTranslation('situation');
  const me = useMe();
  const role = me.data?.user?.role;
  if (role !== 'coordinator' && role !== 'admin') return null;
  return (
    <Card p={{ base: 'xs', sm: 'md' }} mt="md">
      <Title order={2} size="h4" mb="sm">
        {t('admin.title')}
      </Title>
      <Accordion variant="separated">
        <Accordion.Item value="sources">
          <Accordion.Control>{t('admin.sources.title')}</Accordion.Control>
          <Accordion.Panel>
            <SourceList />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="import">
          <Accordion.Control>{t('admin.import.title')}</Accordion.Control>
          <Accordion.Panel>
            <ImportForm />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="weights">
          <Accordion.Control>{t('admin.weights.title')}</Accordion.Control>
          <Accordion.Panel>
            <WeightsForm />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Card>
  );
}
