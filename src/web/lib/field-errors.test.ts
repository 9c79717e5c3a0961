import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { ApiRequestError } from './api-client';
import { detailMessage, fieldMessages } from './field-errors';

// The real locale files through a real i18next, in both languages.
const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources, lng: 'zh', fallbackLng: 'en', interpolation: { escapeValue: false } }));

const refusal = new ApiRequestError(400, {
  code: 'validation_failed',
  message: 'the body does not match what this route expects',
  details: [
    { path: 'body.neededBy', message: 'expected a date as YYYY-MM-DD', code: 'invalid_format', format: 'date' },
    { path: 'body.password', message: 'a password has at least 10 characters', code: 'too_small', origin: 'string', minimum: 10 },
    { path: 'body.partnerId', message: 'a partner focal point is scoped to one partner', code: 'custom' },
    { path: 'body.lines.0.quantity', message: 'Too small: expected number to be >0', code: 'too_small', origin: 'number', minimum: 0 },
  ],
});

describe('field messages', () => {
  it('word a schema refusal at its field in the reader’s language, not the API path and English', () => {
    const { byField, rest } = fieldMessages(refusal, ['neededBy', 'password', 'partnerId'] as const, i18n.getFixedT('zh'));
    expect(byField.neededBy).toBe('请输入日期（年、月、日）');
    expect(byField.password).toBe('至少 10 个字符');
    // A refinement has no code to word: the server's words stay, unless the form has its own.
    expect(byField.partnerId).toBe('a partner focal point is scoped to one partner');
    expect(rest.map((d) => d.path)).toEqual(['body.lines.0.quantity']);
  });

  it('take a form’s own words where the API has no code', () => {
    const { byField } = fieldMessages(refusal, ['partnerId'] as const, i18n.getFixedT('zh'), { partnerId: '请选择合作方' });
    expect(byField.partnerId).toBe('请选择合作方');
  });

  it('word bounds in English too, and keep a service’s own message', () => {
    const t = i18n.getFixedT('en');
    expect(detailMessage({ path: 'body.password', message: 'x', code: 'too_small', origin: 'string', minimum: 10 }, t)).toBe('Use at least 10 characters');
    expect(detailMessage({ path: 'partnerId', message: 'no partner with id ORG-NOPE' }, t)).toBe('no partner with id ORG-NOPE');
  });

  it('give nothing for an error that is not the API’s', () => {
    expect(fieldMessages(new Error('boom'), ['a'], i18n.getFixedT('en'))).toEqual({ byField: {}, rest: [] });
  });
});

describe('a service refusal at its field', () => {
  it('is worded from its key in the reader’s language', () => {
    const wrong = new ApiRequestError(422, {
      code: 'unprocessable',
      message: 'the current password is not right',
      details: [{ path: 'currentPassword', message: 'the current password is not right' }],
      key: 'accounts.wrong-password',
    });
    expect(fieldMessages(wrong, ['currentPassword'] as const, i18n.getFixedT('zh')).byField.currentPassword).toBe('当前密码不正确。');
  });
});
