import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaccineProposal } from '../../../../shared/schemas/research-vaccines';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePendingProposals, useReviewProposal } from '../api/vaccine-proposals';

function ProposalRow({ proposal, moderator }: { proposal: VaccineProposal; moderator: boolean }) {
  const { t } = useTranslation('research');
  const locale = useLocale();
  const review = useReviewProposal();
  const [note, setNote] = useState('');
  return (
    <Card withBorder data-testid="vaccine-proposal">
      <Text fw={600} size="sm">
        {proposal.candidateId === null ? t('vaccines.newCandidate', { name: proposal.candidate.name }) : t('vaccines.editOf', { name: proposal.candidate.name })}
      </Text>
      <Text size="xs" c="dimmed">
        {locale.formatDateTime(proposal.proposedAt)} {proposal.comment && `· ${proposal.comment}`}
      </Text>
      {moderator && (
        <Group align="end" mt="xs">
          <TextInput label={t('vaccines.reviewNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} size="xs" w={260} />
          <Button size="xs" onClick={() => review.mutate({ id: proposal.id, decision: 'publish', note })} loading={review.isPending}>
            {t('vaccines.publish')}
          </Button>
          <Button size="xs" color="red" variant="light" onClick={() => review.mutate({ id: proposal.id, decision: 'reject', note })} loading={review.isPending}>
            {t('vaccines.reject')}
          </Button>
        </Group>
      )}
      {review.isError && <ErrorAlert error={review.error} />}
    </Card>
  );
}

/** Proposals awaiting review: a researcher's own, or everyone's with the review buttons for a moderator. */
export function VaccineProposals({ moderator }: { moderator: boolean }) {
  const { t } = useTranslation('research');
  const pending = usePendingProposals(true);
  if (pending.isError) return <ErrorAlert error={pending.error} />;
  const proposals = pending.data?.proposals ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {moderator ? t('vaccines.toReview') : t('vaccines.myPending')}
      </Title>
      {proposals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('vaccines.noPending')}
        </Text>
      ) : (
        proposals.map((p) => <ProposalRow key={p.id} proposal={p} moderator={moderator} />)
      )}
    </Stack>
  );
}
