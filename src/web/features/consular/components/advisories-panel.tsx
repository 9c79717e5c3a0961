import { Badge, Button, Card, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVISORY_AUDIENCES, type Advisory, type AdvisoryInput } from '../../../../shared/schemas/consular-advisories';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useAdvisories, useCreateAdvisory, usePublishAdvisory } from '../api/advisories';
import { AdvisoryText } from './advisory-text';

const FIELDS = ['audience', 'city', 'titleEn', 'titleZh', 'bodyEn', 'bodyZh', 'postId'] as const;
const EMPTY = { audience: 'post' as AdvisoryInput['audience'], city: '', titleEn: '', titleZh: '', bodyEn: '', bodyZh: '' };

/** The post's advisories: write one in both languages, publish it, see every version and its reach. */
export function AdvisoriesPanel() {
  const { t } = useTranslation('consular');
  const list = useAdvisories();
  const create = useCreateAdvisory();
  const publish = usePublishAdvisory();
  const [f, setF] = useState(EMPTY);
  const errors = fieldErrors(create.error, FIELDS);
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [key]: e.currentTarget.value });
  const submit = () => create.mutate({ ...f, city: f.audience === 'city' ? f.city : null }, { onSuccess: () => setF(EMPTY) });
  return (
    <Stack gap="md">
      <Card>
        <Title order={3} size="h5" mb="xs">
          {t('advisories.write')}
        </Title>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('advisories.audience')} value={f.audience} onChange={set('audience')} data={ADVISORY_AUDIENCES.map((a) => ({ value: a, label: t(`advisories.audiences.${a}`) }))} />
            {f.audience === 'city' && <TextInput label={t('advisories.city')} value={f.city} onChange={set('city')} error={errors.city && t('advisories.fieldError')} />}
            <TextInput label={t('advisories.titleEn')} value={f.titleEn} onChange={set('titleEn')} error={errors.titleEn && t('advisories.plainOnly')} />
            <TextInput label={t('advisories.titleZh')} value={f.titleZh} onChange={set('titleZh')} error={errors.titleZh && t('advisories.plainOnly')} />
            <Textarea label={t('advisories.bodyEn')} value={f.bodyEn} onChange={set('bodyEn')} autosize minRows={3} error={errors.bodyEn && t('advisories.plainOnly')} />
            <Textarea label={t('advisories.bodyZh')} value={f.bodyZh} onChange={set('bodyZh')} autosize minRows={3} error={errors.bodyZh && t('advisories.plainOnly')} />
          </SimpleGrid>
          <Group>
            <Button onClick={submit} loading={create.isPending}>
              {t('advisories.save')}
            </Button>
          </Group>
          {create.error && !FIELDS.some((k) => errors[k]) ? <ErrorAlert error={create.error} /> : null}
        </Stack>
      </Card>
      {list.isPending && <Loader size="sm" />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data?.advisories.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('advisories.none')}
        </Text>
      )}
      {list.data?.advisories.map((a) => <AdvisoryCard key={a.id} advisory={a} onPublish={() => publish.mutate(a.id)} error={publish.variables === a.id ? publish.error : null} />)}
    </Stack>
  );
}

function AdvisoryCard({ advisory: a, onPublish, error }: { advisory: Advisory; onPublish(): void; error: unknown }) {
  const { t } = useTranslation('consular');
  const current = a.versions[a.versions.length - 1]!;
  return (
    <Card data-testid="consular-advisory">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{current.titleEn}</Text>
          <Group gap="xs">
            <Badge variant="outline">{t(`advisories.audiences.${a.audience}`)}{a.city ? ` · ${a.city}` : ''}</Badge>
            <Badge color={a.publishedVersion === null ? 'gray' : 'green'}>
              {a.publishedVersion === null ? t('advisories.draft') : t('advisories.published', { version: a.publishedVersion })}
            </Badge>
          </Group>
        </Group>
        <AdvisoryText title={current.titleEn} body={current.bodyEn} />
        <AdvisoryText title={current.titleZh} body={current.bodyZh} />
        <Text size="xs" c="dimmed" data-testid="advisory-reach">
          {t('advisories.reach', { sent: a.reach.sent, opened: a.reach.opened, versions: a.versions.length })}
        </Text>
        {a.publishedVersion !== a.currentVersion && (
          <Group>
            <Button size="xs" onClick={onPublish}>
              {t('advisories.publish', { version: a.currentVersion })}
            </Button>
          </Group>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Card>
  );
}
