import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useShowSource, useSources } from '../api/sources';

/** Every imported source with what it covers; a coordinator chooses the one shown, or goes back to an earlier one. */
export function SourceList() {
  const { t, i18n } = useTranslation('situation');
  const sources = useSources();
  const show = useShowSource();
  if (sources.isPending) return <Text size="sm">{t('admin.sources.loading')}</Text>;
  if (sources.isError) return <ErrorAlert error={sources.error} />;
  if (sources.data.sources.length === 0) return <Text size="sm">{t('admin.sources.none')}</Text>;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const when = (iso: string | null) => (iso === null ? '—' : new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {sources.data.chosenBy === null ? t('admin.sources.latestDecides') : t('admin.sources.chosen', { by: sources.data.chosenBy, at: when(sources.data.chosenAt) })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {sources.data.sources.map((s) => (
          <Card key={s.source} withBorder p="sm" data-testid={`source-${s.source}`}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600}>{t(`admin.import.sources.${s.source}`)}</Text>
                {s.shown && <Badge color="teal">{t('admin.sources.shown')}</Badge>}
              </Group>
              <Text size="sm">{t('admin.sources.coverage', { countries: number(s.countries), rows: number(s.rows), first: s.firstDate ?? '—', last: s.lastDate ?? '—' })}</Text>
              <Text size="xs" c="dimmed">
                {t('admin.sources.imported', { at: when(s.importedAt), by: s.importedBy ?? '—' })}
              </Text>
              {!s.shown && (
                <Button size="xs" variant="light" w="fit-content" mt={4} loading={show.isPending && show.variables === s.source} onClick={() => show.mutate(s.source)}>
                  {t('admin.sources.show')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {show.isError && <ErrorAlert error={show.error} />}
    </Stack>
  );
}
