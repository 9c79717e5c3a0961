import { Button, Card, Checkbox, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TOPICS, CASE_URGENCIES, type CitizenCaseInput } from '../../../../shared/schemas/consular';
import { ErrorAlert } from '../../../components/error-alert';
import { useAsk, useMyCases, useMyRegistration, useMyReply, useRegister } from '../api/cases';
import { CaseCard } from './case-card';
import { MyAdvisories } from './my-advisories';

const STATUSES = ['student', 'worker', 'resident', 'visitor'] as const;

/** A citizen abroad: register once, then ask their post for help and follow their own cases. */
export function CitizenView() {
  const registration = useMyRegistration();
  if (registration.isPending) return <Loader size="sm" />;
  if (registration.isError) return <ErrorAlert error={registration.error} />;
  return registration.data === null ? <RegisterForm /> : <MyCases postId={registration.data.postId} />;
}

function RegisterForm() {
  const { t } = useTranslation('consular');
  const register = useRegister();
  const [f, setF] = useState({ fullName: '', dateOfBirth: '', passportNumber: '', status: 'student' as (typeof STATUSES)[number], school: '', hostIso3: '', city: '', phone: '', consent: false });
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [key]: e.currentTarget.value });
  return (
    <Card>
      <Title order={3} size="h5" mb="xs">
        {t('register.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate({ ...f, passportNumber: f.passportNumber.toUpperCase(), hostIso3: f.hostIso3.toUpperCase(), school: f.school || null, programme: null, guardianContact: null, email: null, messagingHandle: null, consent: f.consent as true });
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required label={t('register.fullName')} value={f.fullName} onChange={set('fullName')} />
            <TextInput required type="date" label={t('register.dateOfBirth')} value={f.dateOfBirth} onChange={set('dateOfBirth')} />
            <TextInput required label={t('register.passport')} value={f.passportNumber} onChange={set('passportNumber')} />
            <NativeSelect label={t('register.status')} value={f.status} onChange={set('status')} data={STATUSES.map((s) => ({ value: s, label: t(`citizenStatuses.${s}`) }))} />
            {f.status === 'student' && <TextInput label={t('register.school')} value={f.school} onChange={set('school')} />}
            <TextInput required label={t('intake.country')} maxLength={3} value={f.hostIso3} onChange={set('hostIso3')} />
            <TextInput required label={t('intake.city')} value={f.city} onChange={set('city')} />
            <TextInput required label={t('register.phone')} value={f.phone} onChange={set('phone')} />
          </SimpleGrid>
          <Checkbox label={t('register.consent')} checked={f.consent} onChange={(e) => setF({ ...f, consent: e.currentTarget.checked })} />
          <Button type="submit" w="fit-content" loading={register.isPending} disabled={!f.consent}>
            {t('register.submit')}
          </Button>
          {register.isError && <ErrorAlert error={register.error} />}
        </Stack>
      </form>
    </Card>
  );
}

function MyCases({ postId }: { postId: string }) {
  const { t } = useTranslation('consular');
  const cases = useMyCases();
  const ask = useAsk();
  const reply = useMyReply();
  const [form, setForm] = useState<CitizenCaseInput>({ topic: 'other', urgency: 'normal', summary: '' });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('registeredWith', { post: postId })}
      </Text>
      <MyAdvisories />
      <Card>
        <Title order={3} size="h5" mb="xs">
          {t('ask.title')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            ask.mutate(form, { onSuccess: () => setForm({ ...form, summary: '' }) });
          }}
        >
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect label={t('intake.topic')} value={form.topic} onChange={(e) => setForm({ ...form, topic: e.currentTarget.value as CitizenCaseInput['topic'] })} data={CASE_TOPICS.map((x) => ({ value: x, label: t(`topics.${x}`) }))} />
              <NativeSelect label={t('intake.urgency')} value={form.urgency} onChange={(e) => setForm({ ...form, urgency: e.currentTarget.value as CitizenCaseInput['urgency'] })} data={CASE_URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
            </SimpleGrid>
            <Textarea required label={t('ask.summary')} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.currentTarget.value })} autosize minRows={2} />
            <Button type="submit" w="fit-content" loading={ask.isPending}>
              {t('ask.submit')}
            </Button>
            {ask.isError && <ErrorAlert error={ask.error} />}
          </Stack>
        </form>
      </Card>
      {cases.isError && <ErrorAlert error={cases.error} />}
      {cases.data?.cases.map((c) => (
        <CaseCard key={c.id} item={c} mode="citizen" onMessage={(_kind, body) => reply.mutateAsync({ id: c.id, body })} error={reply.variables?.id === c.id ? reply.error : null} />
      ))}
    </Stack>
  );
}
