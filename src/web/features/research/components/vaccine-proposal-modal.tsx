import { Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VaccineCandidateInputSchema, type VaccineCandidate, type VaccineCandidateInput } from '../../../../shared/schemas/research-vaccines';
import { ErrorAlert } from '../../../components/error-alert';
import { useProposeVaccineEdit } from '../api/vaccine-proposals';

/** What a new candidate starts from: the fields to fill, with no invented values. */
const BLANK: VaccineCandidateInput = {
  name: '',
  route: 'inactivated',
  platform: '',
  developers: [{ name: '', country: '' }],
  partners: [],
  doses: null,
  doseIntervalDays: null,
  administration: 'intramuscular',
  trials: [],
  results: [],
  sources: [{ title: '', url: 'https://' }],
  verified: false,
};

function editable(candidate: VaccineCandidate | null): string {
  if (!candidate) return JSON.stringify(BLANK, null, 2);
  const { id: _id, slug: _slug, updatedAt: _updatedAt, ...record } = candidate;
  return JSON.stringify(record, null, 2);
}

/**
 * A researcher's proposed edit (or new candidate) as the record itself, in JSON: the tracker's record has
 * nested trials, results and sources, and the schema checks every field before anything is sent.
 */
export function VaccineProposalModal({ candidate, opened, onClose }: { candidate: VaccineCandidate | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('research');
  const propose = useProposeVaccineEdit();
  const [text, setText] = useState(() => editable(candidate));
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [sent, setSent] = useState(false);

  const submit = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblems([t('vaccines.jsonInvalid')]);
      return;
    }
    const checked = VaccineCandidateInputSchema.safeParse(parsed);
    if (!checked.success) {
      setProblems(checked.error.issues.map((i) => `${i.path.join('.') || t('vaccines.record')}: ${i.message}`));
      return;
    }
    setProblems([]);
    propose.mutate({ candidateId: candidate?.id, candidate: checked.data, comment }, { onSuccess: () => setSent(true) });
  };

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={candidate ? t('vaccines.proposeEditOf', { name: candidate.name }) : t('vaccines.proposeNew')}>
      {sent ? (
        <Stack>
          <Text data-testid="vaccine-proposal-sent">{t('vaccines.proposalSent')}</Text>
          <Group justify="end">
            <Button onClick={onClose}>{t('vaccines.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('vaccines.proposalHelp')}
          </Text>
          <Textarea label={t('vaccines.record')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={12} maxRows={24} ff="monospace" error={problems.length > 0 ? t('vaccines.recordInvalid') : undefined} />
          {problems.length > 0 && (
            <List size="xs" c="red" data-testid="vaccine-proposal-problems">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
          <TextInput label={t('vaccines.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={2000} />
          {propose.isError && <ErrorAlert error={propose.error} />}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('vaccines.cancel')}
            </Button>
            <Button onClick={submit} loading={propose.isPending}>
              {t('vaccines.sendProposal')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
