import { describe, expect, it } from 'vitest';

// Every visible string goes through t(). This scan catches the usual slips: text written between JSX tags,
// and text written straight into the props that people see or hear (label, placeholder, title, aria-label, ...).
const sources = import.meta.glob('../**/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Text between `>` and `<` that holds a letter, e.g. `<Button>Save</Button>`. */
function jsxTextLiterals(code: string): string[] {
  const found: string[] = [];
  for (const match of stripComments(code).matchAll(/>([^<>{}();=`]*)</gu)) {
    const text = match[1].trim();
    // `<A /> : cond ? <B />` and `<A />,\n key: <B />` are expressions between elements, not text.
    const looksLikeCode = /^[,:?&|)\]]/.test(text) || /(\?|:|&&|\|\||,)$/.test(text);
    if (/\p{L}/u.test(text) && !looksLikeCode) found.push(text);
  }
  return found;
}

const VISIBLE_PROPS = ['label', 'placeholder', 'title', 'aria-label', 'alt', 'description', 'nothingFoundMessage', 'closeButtonLabel'];

/** Visible props given a literal string with a letter in it, e.g. `label="Email"`. */
function literalVisibleProps(code: string): string[] {
  const pattern = new RegExp(`\\b(${VISIBLE_PROPS.join('|')})=(?:"([^"]*)"|'([^']*)'|\\{\\s*['"]([^'"]*)['"]\\s*\\})`, 'g');
  const found: string[] = [];
  for (const match of stripComments(code).matchAll(pattern)) {
    const text = match[2] ?? match[3] ?? match[4] ?? '';
    if (/\p{L}/u.test(text)) found.push(`${match[1]}="${text}"`);
  }
  return found;
}

describe('no hard-coded visible text in src/web', () => {
  it('finds the .tsx files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });

  it('the scanner catches what it should and lets translated text through', () => {
    expect(jsxTextLiterals('<Button>Save changes</Button>')).toEqual(['Save changes']);
    expect(jsxTextLiterals('<Title>保存</Title>')).toEqual(['保存']);
    expect(jsxTextLiterals("<Button>{t('common.save')}</Button>")).toEqual([]);
    expect(jsxTextLiterals('<Text>\n  {value}\n</Text>')).toEqual([]);
    expect(jsxTextLiterals('{ok ? <A /> : failed ? <B /> : <C />}')).toEqual([]);
    expect(literalVisibleProps('<TextInput label="Email" />')).toEqual(['label="Email"']);
    expect(literalVisibleProps("<TextInput label={t('auth.email')} ff=\"monospace\" />")).toEqual([]);
  });

  it('every .tsx file passes its text through t()', () => {
    const offences = Object.entries(sources).flatMap(([file, code]) =>
      [...jsxTextLiterals(code), ...literalVisibleProps(code)].map((text) => `${file}: ${text}`),
    );
    expect(offences).toEqual([]);
  });
});
