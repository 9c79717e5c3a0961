import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALE_TAG, type Language } from './index';

interface Named {
  nameEn: string;
  nameZh: string;
}

/** The current language with its formatters and the picker for data that carries names in both languages. */
export function useLocale() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useMemo(() => {
    const tag = LOCALE_TAG[language];
    const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const collator = new Intl.Collator(tag);
    return {
      language,
      tag,
      name: (item: Named) => (language === 'zh' ? item.nameZh || item.nameEn : item.nameEn),
      formatInteger: (n: number) => integer.format(n),
      formatDecimal: (n: number) => decimal.format(n),
      formatDateTime: (iso: string) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      compare: (a: string, b: string) => collator.compare(a, b),
    };
  }, [language]);
}
