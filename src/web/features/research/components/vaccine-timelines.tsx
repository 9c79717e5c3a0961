import { Badge, Card, SimpleGrid, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VACCINE_ROUTES, type VaccineCandidate } from '../../../../shared/schemas/research-vaccines';

/** One timeline per technical route: each trial's start, oldest first, then each published result. */
export function VaccineTimelines({ candidates }: { candidates: VaccineCandidate[] }) {
  const { t } = useTranslation('research');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-testid="vaccine-timelines">
      {VACCINE_ROUTES.map((route) => {
        const ofRoute = candidates.filter((c) => c.route === route);
        const events = [
          ...ofRoute.flatMap((c) => c.trials.map((trial) => ({ date: trial.start, key: `${c.id}-${trial.registryId}`, title: c.name, text: t('vaccines.trialEvent', { phase: trial.phase, id: trial.registryId }), result: false }))),
          ...ofRoute.flatMap((c) => c.results.map((r) => ({ date: r.date, key: `${c.id}-${r.citation}`, title: c.name, text: t('vaccines.resultEvent', { phase: r.phase }), result: true }))),
        ].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
        return (
          <Card key={route} data-testid={`vaccine-route-${route}`}>
            <Title order={3} size="h6">
              {t(`vaccines.routes.${route}`)}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              {t('vaccines.candidateCount', { count: ofRoute.length })}
            </Text>
            <Timeline bulletSize={12} lineWidth={2} active={events.length}>
              {events.map((e) => (
                <Timeline.Item key={e.key} title={<Text size="sm">{e.title}</Text>} bullet={e.result ? <Badge size="xs" circle color="teal" /> : undefined}>
                  <Text size="xs" c="dimmed">
                    {e.date} · {e.text}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
