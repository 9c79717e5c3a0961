import { Anchor, Box, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconArrowRight, IconGlobe } from '../../../components/icons';
import { ModuleIcon } from '../../../components/module-icon';
import { PageHeader } from '../../../components/page-header';
import { MODULE_IDS, paths } from '../../../config/modules';

interface EntryCardProps {
  id: string;
  icon: ReactNode;
  title: string;
  body: string;
  footnote: string;
  to: string;
  linkLabel: string;
}

function EntryCard({ id, icon, title, body, footnote, to, linkLabel }: EntryCardProps) {
  return (
    <Card component="article" aria-labelledby={`${id}-title`}>
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap">
          {icon}
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
        </Group>
        <Text size="sm" style={{ flex: 1 }}>
          {body}
        </Text>
        <Text size="xs" c="dimmed">
          {footnote}
        </Text>
        <Anchor component={Link} to={to} fw={600} size="sm">
          <Group gap={4} component="span">
            {linkLabel}
            <IconArrowRight size={16} />
          </Group>
        </Anchor>
      </Stack>
    </Card>
  );
}

/** Welcome: what Concord is for, a card per module and one for the reference data, and the chain that runs through them. */
export function HomePage() {
  const { t } = useTranslation();
  const chain = t('home.chainSteps', { returnObjects: true });

  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.intro')} />

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {MODULE_IDS.map((id) => (
          <EntryCard
            key={id}
            id={`module-${id}`}
            icon={<ModuleIcon id={id} />}
            title={t(`modules.${id}.title`)}
            body={t(`modules.${id}.summary`)}
            footnote={t('home.usedBy', { users: t(`modules.${id}.users`) })}
            to={paths.module(id)}
            linkLabel={t('home.open', { module: t(`modules.${id}.title`) })}
          />
        ))}
        <EntryCard
          id="reference-countries"
          icon={
            <ThemeIcon size={40} radius="md" variant="light" color="gray">
              <IconGlobe size={22} />
            </ThemeIcon>
          }
          title={t('nav.countries')}
          body={t('home.countriesSummary')}
          footnote={t('home.countriesFootnote')}
          to={paths.countries}
          linkLabel={t('home.open', { module: t('nav.countries') })}
        />
      </SimpleGrid>

      <Paper component="section" aria-labelledby="chain-title" mt="xl" p={{ base: 'lg', sm: 'xl' }} radius="md" bg="concord.8" c="white">
        <Title order={2} size="h3" c="white" id="chain-title">
          {t('home.chainTitle')}
        </Title>
        <Text size="sm" c="concord.0" mt={4} mb="lg" maw={720}>
          {t('home.chainIntro')}
        </Text>
        <SimpleGrid component="ol" cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {chain.map((step, index) => (
            <Group component="li" key={step} gap="sm" align="flex-start" wrap="nowrap">
              <Box
                aria-hidden="true"
                style={{
                  flex: '0 0 28px',
                  height: 28,
                  borderRadius: '50%',
                  display: 'grid',
                  placeItems: 'center',
                  fontWeight: 700,
                  fontSize: 13,
                  background: 'var(--mantine-color-concord-6)',
                  boxShadow: 'inset 0 0 0 1px var(--mantine-color-concord-3)',
                }}
              >
                {index + 1}
              </Box>
              <Text size="sm" lh={1.45} pt={3}>
                {step}
              </Text>
            </Group>
          ))}
        </SimpleGrid>
      </Paper>
    </>
  );
}
