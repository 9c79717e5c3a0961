import { Accordion, Button, Group, Loader, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../../shared/schemas/consular';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { usePosts, useUpdatePost } from '../api/posts';

const FIELDS = ['timeZone', 'workingHours', 'phones', 'cities', 'covers'] as const;
const list = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** An admin edits each post: time zone, working hours and days, phones, the countries and cities it covers (audited). */
export function PostsEditor() {
  const posts = usePosts();
  if (posts.isPending) return <Loader size="sm" />;
  if (posts.isError) return <ErrorAlert error={posts.error} />;
  return (
    <Accordion variant="separated">
      {posts.data.posts.map((p) => (
        <Accordion.Item key={p.id} value={p.id}>
          <Accordion.Control>{`${p.id} · ${p.nameEn} (${p.city})`}</Accordion.Control>
          <Accordion.Panel>
            <PostForm post={p} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function PostForm({ post }: { post: Post }) {
  const { t } = useTranslation('consular');
  const update = useUpdatePost();
  const [f, setF] = useState({ timeZone: post.timeZone, open: post.workingHours.open, close: post.workingHours.close, days: post.workingHours.days.join(','), phones: post.phones.join(', '), cities: post.cities.join(', '), covers: post.covers.join(', ') });
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [key]: e.currentTarget.value });
  const errors = fieldErrors(update.error, FIELDS);
  const save = () =>
    update.mutate({
      id: post.id,
      body: {
        kind: post.kind,
        nameEn: post.nameEn,
        nameZh: post.nameZh,
        hostIso3: post.hostIso3,
        city: post.city,
        timeZone: f.timeZone.trim(),
        workingHours: { days: list(f.days).map(Number), open: f.open.trim(), close: f.close.trim() },
        phones: list(f.phones),
        cities: list(f.cities),
        covers: list(f.covers).map((c) => c.toUpperCase()),
      },
    });
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('posts.timeZone')} value={f.timeZone} onChange={set('timeZone')} error={errors.timeZone && t('posts.fieldError')} />
        <TextInput label={t('posts.days')} value={f.days} onChange={set('days')} error={errors.workingHours && t('posts.fieldError')} />
        <TextInput label={t('posts.open')} value={f.open} onChange={set('open')} />
        <TextInput label={t('posts.close')} value={f.close} onChange={set('close')} />
        <TextInput label={t('posts.phones')} value={f.phones} onChange={set('phones')} error={errors.phones && t('posts.fieldError')} />
        <TextInput label={t('posts.covers')} value={f.covers} onChange={set('covers')} error={errors.covers && t('posts.fieldError')} />
        <TextInput label={t('posts.cities')} value={f.cities} onChange={set('cities')} error={errors.cities && t('posts.fieldError')} />
      </SimpleGrid>
      <Group>
        <Button onClick={save} loading={update.isPending}>
          {t('posts.save')}
        </Button>
        {update.isSuccess && t('posts.saved')}
      </Group>
      {update.error && !FIELDS.some((k) => errors[k]) ? <ErrorAlert error={update.error} /> : null}
    </Stack>
  );
}
