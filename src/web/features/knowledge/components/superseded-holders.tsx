import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useRemindSuperseded, useSuperseded } from '../api/distribution';

// Partners whose newest copy of a document is an older edition than the latest published one.
export function SupersededHolders() {
  const { t } = useTranslation('knowledge');
  const { language, name } = useLocale();
  const superseded = useSuperseded();
  const remind = useRemindSuperseded();
  return (
    <>
      <Title order={4}>{t('superseded.title')}</Title>
      <ErrorAlert error={superseded.error ?? remind.error} />
      {remind.data && <Text size="sm">{t('reminders.supersededResult', { sent: remind.data.sent, emails: remind.data.emails })}</Text>}
      {superseded.data?.holders.length === 0 && <Text c="dimmed">{t('superseded.none')}</Text>}
      {superseded.data && superseded.data.holders.length > 0 && (
        <Group>
          <Button variant="light" loading={remind.isPending} onClick={() => remind.mutate({})}>
            {t('reminders.remindHolders', { count: superseded.data.holders.length })}
          </Button>
        </Group>
      )}
      {superseded.data && superseded.data.holders.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('superseded.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.partner')}</Table.Th>
                <Table.Th>{t('superseded.document')}</Table.Th>
                <Table.Th>{t('superseded.holds')}</Table.Th>
                <Table.Th>{t('superseded.latest')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {superseded.data.holders.map((h) => (
                <Table.Tr key={`${h.documentId}-${h.partnerId}`}>
                  <Table.Td>{name(h)}</Table.Td>
                  <Table.Td>{language === 'zh' ? h.titleZh : h.titleEn}</Table.Td>
                  <Table.Td>{h.heldNumber}</Table.Td>
                  <Table.Td>{h.latestNumber}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
