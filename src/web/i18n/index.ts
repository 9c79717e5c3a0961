import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'concord.language';

/** The BCP 47 tag for <html lang> and for Intl formatting. */
export const LOCALE_TAG: Record<Language, string> = { en: 'en', zh: 'zh-Hans-CN' };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage can be blocked; fall back to the browser's language
  }
  return window.navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const currentLanguage = (): Language => (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');

function reflect(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALE_TAG[language];
}

i18n.on('languageChanged', (lng) => {
  if (!isLanguage(lng)) return;
  reflect(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not persisted; the choice still holds for this visit
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});
reflect(currentLanguage());

export default i18n;
