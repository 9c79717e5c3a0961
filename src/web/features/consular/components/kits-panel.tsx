import { Badge, Button, Card, Group, Loader, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitOverview } from '../../../../shared/schemas/consular-kits';
import { ErrorAlert } from '../../../components/error-alert';
import { useAllocateKit, useHandOverKit, useKits, useOpenRound, usePostCitizens, useReceiveKits } from '../api/kits';

/** Health kits at the officer's post: stock in, rounds, one kit per person per round, pick-up confirmed. */
export function KitsPanel() {
  const { t, i18n } = useTranslation('consular');
  const kits = useKits();
  const receive = useReceiveKits();
  const openRound = useOpenRound();
  const [received, setReceived] = useState<number | string>(10);
  const [roundName, setRoundName] = useState('');
  if (kits.isPending) return <Loader size="sm" />;
  if (kits.isError) return <ErrorAlert error={kits.error} />;
  const type = kits.data.types[0];
  if (!type) return <Text size="sm">{t('kits.noTypes')}</Text>;
  const zh = i18n.language.startsWith('zh');
  const stock = kits.data.stock.find((s) => s.kitTypeId === type.id)?.quantity ?? 0;
  return (
    <Stack gap="md">
      <Card>
        <Title order={3} size="h5">
          {zh ? type.nameZh : type.nameEn}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {type.contents.join(' · ')}
        </Text>
        <Text data-testid="kit-stock">{t('kits.stock', { n: stock })}</Text>
        <Group align="flex-end" mt="xs">
          <NumberInput label={t('kits.received')} value={received} onChange={setReceived} min={1} max={100000} w={140} />
          <Button onClick={() => receive.mutate({ kitTypeId: type.id, received: Number(received) })}>{t('kits.addStock')}</Button>
        </Group>
        <Group align="flex-end" mt="xs">
          <TextInput label={t('kits.roundName')} value={roundName} onChange={(e) => setRoundName(e.currentTarget.value)} />
          <Button onClick={() => openRound.mutate({ kitTypeId: type.id, name: roundName, studentsOnly: true }, { onSuccess: () => setRoundName('') })} disabled={roundName.trim() === ''}>
            {t('kits.openRound')}
          </Button>
        </Group>
        {receive.error || openRound.error ? <ErrorAlert error={receive.error ?? openRound.error} /> : null}
      </Card>
      {kits.data.rounds.map((r) => (
        <RoundCard key={r.id} round={r} />
      ))}
    </Stack>
  );
}

function RoundCard({ round }: { round: KitOverview['rounds'][number] }) {
  const { t } = useTranslation('consular');
  const citizens = usePostCitizens();
  const allocate = useAllocateKit();
  const handOver = useHandOverKit();
  const [citizenId, setCitizenId] = useState('');
  const eligible = (citizens.data?.citizens ?? []).filter((c) => !round.studentsOnly || c.status === 'student');
  return (
    <Card data-testid="kit-round">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{round.name}</Text>
        {round.studentsOnly && <Badge variant="outline">{t('kits.studentsOnly')}</Badge>}
      </Group>
      <Group align="flex-end">
        <NativeSelect label={t('kits.citizen')} value={citizenId} onChange={(e) => setCitizenId(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...eligible.map((c) => ({ value: String(c.id), label: `${c.fullName} (${c.city})` }))]} />
        <Button disabled={citizenId === ''} onClick={() => allocate.mutate({ roundId: round.id, citizenId: Number(citizenId) })}>
          {t('kits.allocate')}
        </Button>
      </Group>
      {allocate.error ? <ErrorAlert error={allocate.error} /> : null}
      {round.allocations.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table mt="xs">
            <Table.Tbody>
              {round.allocations.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.fullName}</Table.Td>
                  <Table.Td>{t(`kits.statuses.${a.status}`)}</Table.Td>
                  <Table.Td>
                    {a.status === 'allocated' && (
                      <Group gap="xs">
                        <Button size="compact-xs" variant="light" onClick={() => handOver.mutate({ roundId: round.id, allocationId: a.id, status: 'picked_up' })}>
                          {t('kits.pickedUp')}
                        </Button>
                        <Button size="compact-xs" variant="light" onClick={() => handOver.mutate({ roundId: round.id, allocationId: a.id, status: 'delivered' })}>
                          {t('kits.delivered')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {handOver.error ? <ErrorAlert error={handOver.error} /> : null}
    </Card>
  );
}
