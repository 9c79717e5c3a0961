import { Button, Divider, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canTransition, type AidItem, type AidRequest } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useChangeRequestStatus } from '../api/change-request-status';
import { useCommentRequest } from '../api/comment-request';
import { RequestForm } from './request-form';
import { StatusBadge } from './status-badge';
import { nameById } from '../utils/names';

/**
 * One request in full: its lines, justification and comments; a comment box; for coordinators "ask for
 * changes" (back to draft, with the comment); for the focal point, a draft sent back is edited and filed again here.
 */
export function RequestDetail(props: { request: AidRequest; items: readonly AidItem[]; as: 'partner' | 'coordinator'; title: string; onClose: () => void }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDateTime } = useLocale();
  const comment = useCommentRequest();
  const change = useChangeRequestStatus();
  const [body, setBody] = useState('');
  const r = props.request;
  const itemName = nameById(props.items, name);
  const canAskChanges = props.as === 'coordinator' && canTransition(r.status, 'draft', 'coordinator');
  const editable = props.as === 'partner' && r.status === 'draft';
  const done = () => setBody('');

  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      <Stack gap="sm" data-testid="request-detail">
        <Group gap="xs">
          <StatusBadge status={r.status} />
          <Text size="sm">
            {t('requests.neededBy')}: {r.neededBy}
          </Text>
        </Group>
        {!editable && (
          <>
            {r.lines.map((l) => (
              <Text key={l.item} size="sm">
                {itemName(l.item)}: {formatInteger(l.quantity)}
              </Text>
            ))}
            <Text size="sm" c="dimmed">
              {r.justification}
            </Text>
          </>
        )}
        {editable && <RequestForm partnerId={r.partnerId} items={props.items} request={r} onDone={props.onClose} />}
        <Divider label={t('requests.comments')} labelPosition="left" />
        {r.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('requests.noComments')}
          </Text>
        )}
        {r.comments.map((c) => (
          <Paper key={c.id} withBorder p="xs" data-testid="request-comment">
            <Text size="xs" c="dimmed">
              {c.authorLabel} · {formatDateTime(c.createdAt)}
            </Text>
            <Text size="sm">{c.body}</Text>
          </Paper>
        ))}
        <Textarea label={t('requests.newComment')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} />
        {(comment.isError || change.isError) && <ErrorAlert error={comment.error ?? change.error} />}
        <Group>
          <Button variant="light" disabled={body.trim() === ''} loading={comment.isPending} onClick={() => comment.mutate({ id: r.id, body }, { onSuccess: done })}>
            {t('requests.addComment')}
          </Button>
          {canAskChanges && (
            <Button
              color="orange"
              disabled={body.trim() === ''}
              loading={change.isPending}
              onClick={() => change.mutate({ id: r.id, change: { status: 'draft', comment: body } }, { onSuccess: done })}
            >
              {t('requests.askChanges')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
