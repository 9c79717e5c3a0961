import { Button, Card, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIAL_PHASES, VACCINE_MODERATORS, VACCINE_ROUTES, type VaccineCandidate, type VaccinesQuery } from '../../../../shared/schemas/research-vaccines';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useMe } from '../../../lib/queries/get-me';
import { useCountries } from '../../../lib/queries/get-countries';
import { useVaccines } from '../api/list-vaccines';
import { VaccineProposalModal } from '../components/vaccine-proposal-modal';
import { VaccineProposals } from '../components/vaccine-proposals';
import { VaccineTimelines } from '../components/vaccine-timelines';
import { VaccinesTable } from '../components/vaccines-table';
import { ResearchHeader } from './research-page';

/** The vaccine R&D tracker: a timeline per technical route and a filterable table of candidates. */
export function VaccinesPage() {
  const { t } = useTranslation('research');
  const locale = useLocale();
  const me = useMe();
  const countries = useCountries();
  const [query, setQuery] = useState<VaccinesQuery>({});
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ candidate: VaccineCandidate | null } | null>(null);
  const vaccines = useVaccines(query);
  const role = me.data?.user?.role;
  const moderator = !!role && (VACCINE_MODERATORS as readonly string[]).includes(role);
  const proposer = role === 'researcher' || moderator;

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Text c="dimmed">{t('vaccines.intro')}</Text>
        <Group align="end" wrap="wrap">
          <Select
            label={t('vaccines.route')}
            placeholder={t('vaccines.allRoutes')}
            data={VACCINE_ROUTES.map((r) => ({ value: r, label: t(`vaccines.routes.${r}`) }))}
            value={query.route ?? null}
            onChange={(v) => setQuery({ ...query, route: (v ?? undefined) as VaccinesQuery['route'] })}
            clearable
            w={220}
          />
          <Select
            label={t('vaccines.country')}
            placeholder={t('vaccines.anyCountry')}
            data={(countries.data?.countries ?? []).map((c) => ({ value: c.iso3, label: locale.name(c) }))}
            value={query.country ?? null}
            onChange={(v) => setQuery({ ...query, country: v ?? undefined })}
            searchable
            clearable
            w={220}
          />
          <Select
            label={t('vaccines.phaseFilter')}
            placeholder={t('vaccines.anyPhase')}
            data={TRIAL_PHASES.map((p) => ({ value: p, label: t('vaccines.phase', { phase: p }) }))}
            value={query.phase ?? null}
            onChange={(v) => setQuery({ ...query, phase: (v ?? undefined) as VaccinesQuery['phase'] })}
            clearable
            w={160}
          />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setQuery({ ...query, q: text.trim() || undefined });
            }}
          >
            <TextInput label={t('vaccines.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={100} w={220} />
          </form>
          {proposer && (
            <Button variant="light" onClick={() => setEditing({ candidate: null })}>
              {t('vaccines.proposeNew')}
            </Button>
          )}
        </Group>
        {vaccines.isError ? (
          <ErrorAlert error={vaccines.error} />
        ) : !vaccines.data ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : (
          <>
            <VaccineTimelines candidates={vaccines.data.candidates} />
            <Card>
              <VaccinesTable candidates={vaccines.data.candidates} onPropose={proposer ? (candidate) => setEditing({ candidate }) : undefined} />
            </Card>
          </>
        )}
        {proposer && <VaccineProposals moderator={moderator} />}
        <Text size="xs" c="dimmed">
          {t('vaccines.sources')}
        </Text>
      </Stack>
      {editing && <VaccineProposalModal key={editing.candidate?.id ?? 'new'} candidate={editing.candidate} opened onClose={() => setEditing(null)} />}
    </>
  );
}
