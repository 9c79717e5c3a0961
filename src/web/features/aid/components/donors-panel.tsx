import { Stack } from '@mantine/core';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { DonorImportsCard } from './donor-imports-card';
import { PartnerDonorsCard } from './partner-donors-card';

/** Other donors (docs/decisions/046): their files, and who gives each partner what. */
export function DonorsPanel({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  return (
    <Stack>
      <DonorImportsCard />
      <PartnerDonorsCard items={items} partners={partners} />
    </Stack>
  );
}
