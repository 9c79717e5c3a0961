import aidEn from '../features/aid/locales/en.json';
import aidZh from '../features/aid/locales/zh.json';
import researchEn from '../features/research/locales/en.json';
import researchZh from '../features/research/locales/zh.json';
import situationEn from '../features/situation/locales/en.json';
import situationZh from '../features/situation/locales/zh.json';
import en from './locales/en.json';
import zh from './locales/zh.json';

// One namespace per feature that has many strings of its own (useTranslation('situation')), so each
// module's words live beside its code; `translation` holds the shell's.
export const resources = {
  en: { translation: en, situation: situationEn, aid: aidEn, research: researchEn },
  zh: { translation: zh, situation: situationZh, aid: aidZh, research: researchZh },
} as const;

export type Namespace = keyof (typeof resources)['en'];
