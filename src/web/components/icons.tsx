import type { SVGProps } from 'react';

// A few stroke icons drawn inline (outline style after Tabler Icons, MIT), so the app needs no icon package.
// They are decoration: the text beside them carries the meaning, so they are hidden from screen readers.

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function makeIcon(paths: string[], circles: Array<[number, number, number]> = []) {
  return function Icon({ size = 20, ...props }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {circles.map(([cx, cy, r]) => (
          <circle key={`${cx}-${cy}-${r}`} cx={cx} cy={cy} r={r} />
        ))}
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const IconHome = makeIcon([
  'M5 12l-2 0l9 -9l9 9l-2 0',
  'M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-7',
  'M9 21v-6a2 2 0 0 1 2 -2h2a2 2 0 0 1 2 2v6',
]);
export const IconActivity = makeIcon(['M3 12h4l3 8l4 -16l3 8h4']);
export const IconPackage = makeIcon([
  'M12 3l8 4.5l0 9l-8 4.5l-8 -4.5l0 -9l8 -4.5',
  'M12 12l8 -4.5',
  'M12 12l0 9',
  'M12 12l-8 -4.5',
  'M16 5.25l-8 4.5',
]);
export const IconBook = makeIcon([
  'M3 19a9 9 0 0 1 9 0a9 9 0 0 1 9 0',
  'M3 6a9 9 0 0 1 9 0a9 9 0 0 1 9 0',
  'M3 6l0 13',
  'M12 6l0 13',
  'M21 6l0 13',
]);
export const IconFlask = makeIcon(['M9 3l6 0', 'M10 9l4 0', 'M10 3v6l-4 11a.7 .7 0 0 0 .5 1h11a.7 .7 0 0 0 .5 -1l-4 -11v-6']);
export const IconShield = makeIcon([
  'M12 3a12 12 0 0 0 8.5 3a12 12 0 0 1 -8.5 15a12 12 0 0 1 -8.5 -15a12 12 0 0 0 8.5 -3',
  'M9 12l2 2l4 -4',
]);
export const IconGlobe = makeIcon(
  ['M3.6 9h16.8', 'M3.6 15h16.8', 'M11.5 3a17 17 0 0 0 0 18', 'M12.5 3a17 17 0 0 1 0 18'],
  [[12, 12, 9]],
);
export const IconUsers = makeIcon(
  ['M3 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2', 'M16 3.13a4 4 0 0 1 0 7.75', 'M21 21v-2a4 4 0 0 0 -3 -3.85'],
  [[9, 7, 4]],
);
export const IconList = makeIcon(['M9 6l11 0', 'M9 12l11 0', 'M9 18l11 0', 'M5 6l0 .01', 'M5 12l0 .01', 'M5 18l0 .01']);
export const IconLogout = makeIcon([
  'M14 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2',
  'M9 12h12l-3 -3',
  'M18 15l3 -3',
]);
export const IconLogin = makeIcon([
  'M15 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2',
  'M21 12h-13l3 -3',
  'M11 15l-3 -3',
]);
export const IconSearch = makeIcon(['M21 21l-6 -6'], [[10, 10, 7]]);
export const IconPlus = makeIcon(['M12 5l0 14', 'M5 12l14 0']);
export const IconArrowRight = makeIcon(['M5 12l14 0', 'M13 18l6 -6', 'M13 6l6 6']);
export const IconLanguage = makeIcon([
  'M4 5h7',
  'M9 3v2c0 4.418 -2.239 8 -5 8',
  'M5 9c0 2.144 2.952 3.908 6.7 4',
  'M12 20l4 -9l4 9',
  'M19.1 18h-6.2',
]);
export const IconAlert = makeIcon(['M12 9v4', 'M12 16v.01'], [[12, 12, 9]]);
export const IconChevronUp = makeIcon(['M6 15l6 -6l6 6']);
export const IconChevronDown = makeIcon(['M6 9l6 6l6 -6']);
export const IconSelector = makeIcon(['M8 9l4 -4l4 4', 'M16 15l-4 4l-4 -4']);

/** Concord's mark: a globe held by two arcs, the partners it links. */
export function ConcordMark({ size = 28, ...props }: IconProps) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" {...props}>
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-concord-7)" />
      <circle cx="16" cy="16" r="8.5" fill="none" stroke="#fff" strokeWidth="1.8" />
      <path d="M7.5 16h17M16 7.5c-3.2 4.8-3.2 12.2 0 17M16 7.5c3.2 4.8 3.2 12.2 0 17" fill="none" stroke="#fff" strokeWidth="1.4" opacity="0.85" />
      <circle cx="24.5" cy="9" r="2.4" fill="#7fd3c7" />
    </svg>
  );
}
