import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanRun } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';

/** Asked before a batch is approved: approval commits supply and cannot be undone. */
export function ApproveConfirm({ opened, run, onConfirm, onCancel }: { opened: boolean; run: PlanRun; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('aid');
  const { t: tShell } = useTranslation();
  const { formatInteger } = useLocale();
  const units = run.plan.allocations.reduce((sum, a) => sum + a.quantity, 0);
  const partners = new Set(run.plan.allocations.map((a) => a.recipient)).size;
  return (
    <Modal opened={opened} onClose={onCancel} title={t('plan.confirmTitle')} closeButtonProps={{ 'aria-label': tShell('common.close') }}>
      <Text size="sm">{t('plan.confirmBody', { units: formatInteger(units), partners: formatInteger(partners) })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {tShell('common.cancel')}
        </Button>
        <Button color="teal" onClick={onConfirm} data-testid="confirm-approve">
          {t('plan.confirmApprove')}
        </Button>
      </Group>
    </Modal>
  );
}
