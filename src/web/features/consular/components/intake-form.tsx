import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CHANNELS, CASE_TOPICS, CASE_URGENCIES, type CaseIntake } from '../../../../shared/schemas/consular';
import { ErrorAlert } from '../../../components/error-alert';
import { useIntake } from '../api/cases';

const empty = (): CaseIntake => ({ channel: 'hotline', callerName: '', callerPhone: '', hostIso3: '', city: '', topic: 'other', urgency: 'normal', summary: '' });

/**
 * The operator's call log, keyboard-first: the phone field has the focus, Tab walks the fields in the order a
 * call goes, Ctrl+Enter (or Enter outside the summary) logs it and puts the focus back on the phone.
 */
export function IntakeForm() {
  const { t } = useTranslation('consular');
  const [form, setForm] = useState(empty);
  const phone = useRef<HTMLInputElement>(null);
  const intake = useIntake();
  const set = (key: keyof CaseIntake) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: key === 'hostIso3' ? e.currentTarget.value.toUpperCase() : e.currentTarget.value });
  const submit = () =>
    intake.mutate(form, {
      onSuccess: () => {
        setForm(empty());
        phone.current?.focus();
      },
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput ref={phone} autoFocus required label={t('intake.phone')} value={form.callerPhone} onChange={set('callerPhone')} />
          <TextInput required label={t('intake.name')} value={form.callerName} onChange={set('callerName')} />
          <NativeSelect label={t('intake.channel')} value={form.channel} onChange={set('channel')} data={CASE_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
          <TextInput required label={t('intake.country')} maxLength={3} value={form.hostIso3} onChange={set('hostIso3')} />
          <TextInput required label={t('intake.city')} value={form.city} onChange={set('city')} />
          <NativeSelect label={t('intake.urgency')} value={form.urgency} onChange={set('urgency')} data={CASE_URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
          <NativeSelect label={t('intake.topic')} value={form.topic} onChange={set('topic')} data={CASE_TOPICS.map((x) => ({ value: x, label: t(`topics.${x}`) }))} />
        </SimpleGrid>
        <Textarea required label={t('intake.summary')} description={t('intake.keys')} value={form.summary} onChange={set('summary')} autosize minRows={2} />
        <Group>
          <Button type="submit" loading={intake.isPending}>
            {t('intake.submit')}
          </Button>
        </Group>
        {intake.isError && <ErrorAlert error={intake.error} />}
      </Stack>
    </form>
  );
}
