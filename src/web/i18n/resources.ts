import { features } from '../app/features';
import en from './locales/en.json';
import zh from './locales/zh.json';

type Feature = (typeof features)[number];
type WithLocales = Extract<Feature, { locales: object }>;
type FeatureNamespaces<L extends 'en' | 'zh'> = { [F in WithLocales as F['id']]: F['locales'][L] };

function namespaces<L extends 'en' | 'zh'>(language: L): FeatureNamespaces<L> {
  const entries = features.flatMap((feature) => ('locales' in feature ? [[feature.id, feature.locales[language]] as const] : []));
  return Object.fromEntries(entries) as FeatureNamespaces<L>;
}

// One namespace per feature that has words of its own (useTranslation('situation')), taken from its entry so each
// module's words live beside its code; `translation` holds the shell's.
export const resources = {
  en: { translation: en, ...namespaces('en') },
  zh: { translation: zh, ...namespaces('zh') },
};

export type Namespace = keyof (typeof resources)['en'];
