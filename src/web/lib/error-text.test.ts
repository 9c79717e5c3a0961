import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_KEYS } from '../../shared/schemas/error-keys';
import { resources } from '../i18n/resources';
import { errorText } from './error-text';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources, lng: 'zh', fallbackLng: 'en', interpolation: { escapeValue: false } }));

describe('server errors in the reader’s language', () => {
  it('word every key the server can send, in English and Chinese', () => {
    for (const language of ['en', 'zh'] as const) {
      const missing = ERROR_KEYS.filter((key) => !i18n.exists(`errors.keys.${key}`, { lng: language, fallbackLng: [] }));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('say a known refusal in Chinese with its values, not the server’s English', () => {
    const zh = i18n.getFixedT('zh');
    const body = {
      code: 'conflict' as const,
      message: 'this who import covers 1 countries and 10 country-days, under half of the jhu data shown',
      details: [],
      key: 'situation.import-much-smaller' as const,
      params: { shownSource: 'jhu', shownCountries: 2, shownRows: 180, newSource: 'who', newCountries: 1, newRows: 10 },
    };
    expect(errorText(body, zh)).toBe('此 who 文件覆盖 1 个国家、10 个国家日，不到当前显示的 jhu 数据（2 个国家、180 个国家日）的一半。未导入任何数据。');
    expect(errorText({ code: 'unauthorized', message: 'wrong email or password', details: [], key: 'wrong-credentials' }, zh)).toBe('电子邮件或密码错误。');
  });

  it('keep the server’s words for an error without a key', () => {
    expect(errorText({ code: 'conflict', message: 'something new', details: [] }, i18n.getFixedT('zh'))).toBe('something new');
  });
});
