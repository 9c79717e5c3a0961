import { ThemeIcon } from '@mantine/core';
import type { ModuleId } from '../config/modules';
import { IconActivity, IconBook, IconFlask, IconPackage, IconShield } from './icons';

export const moduleIcons: Record<ModuleId, typeof IconActivity> = {
  situation: IconActivity,
  aid: IconPackage,
  knowledge: IconBook,
  research: IconFlask,
  consular: IconShield,
};

export function ModuleIcon({ id, size = 40 }: { id: ModuleId; size?: number }) {
  const Icon = moduleIcons[id];
  return (
    <ThemeIcon size={size} radius="md" variant="light">
      <Icon size={Math.round(size * 0.55)} />
    </ThemeIcon>
  );
}
