import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm deep teal-blue, the colour of a public-health agency rather than a start-up.
const concord: MantineColorsTuple = [
  '#e7f5f8',
  '#d2e8ee',
  '#a3d0dc',
  '#70b6c9',
  '#48a1b9',
  '#2e93af',
  '#1d7f99',
  '#0f6a82',
  '#075a6f',
  '#00485a',
];

// System fonts only (nothing to download), with the usual Simplified Chinese faces on each platform.
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"Noto Sans"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'concord',
  primaryShade: { light: 7, dark: 5 },
  colors: { concord },
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'xs', highlightOnHover: true } },
    // Sentence case reads better than capitals in both languages, and a badge never clips its label.
    Badge: { defaultProps: { tt: 'none' }, styles: { root: { fontWeight: 600, flexShrink: 0 }, label: { overflow: 'visible' } } },
    Modal: { styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

// Mantine's dimmed grey is 3.3:1 on the page background; this one keeps secondary text above WCAG AA (4.5:1).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c6570' },
  dark: {},
});
