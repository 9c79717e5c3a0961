import { Accordion, Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const EXPLAINED = ['newCases', 'smoothed', 'incidence', 'growth', 'doubling', 'rt', 'deaths', 'severity', 'beds'] as const;

/** What each indicator means and how it is computed, in the reader's language. */
export function IndicatorHelp() {
  const { t } = useTranslation('situation');
  return (
    <Card p={{ base: 'xs', sm: 'md' }}>
      <Title order={2} size="h4" mb="sm">
        {t('help.title')}
      </Title>
      <Accordion variant="separated">
        {EXPLAINED.map((key) => (
          <Accordion.Item key={key} value={key}>
            <Accordion.Control>{t(`help.${key}.title`)}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm">{t(`help.${key}.text`)}</Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}
