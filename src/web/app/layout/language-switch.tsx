import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../i18n';
import { useLocale } from '../../i18n/use-locale';

/** English / 中文: each language named in itself; the choice is kept in localStorage and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { language } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
      aria-label={t('language.label')}
      role="radiogroup"
    />
  );
}
