import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../shared/schemas/roles';

/** Where a feature's entry shows in the navigation. */
export type NavSection = 'modules' | 'reference' | 'admin';

export interface NavEntry {
  section: NavSection;
  to: string;
  /** A key of the shell's `translation` namespace. */
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Shown only to these roles; everyone when absent. */
  roles?: readonly Role[];
}

/**
 * One web feature's entry: everything the shell needs from it, so adding a feature is one line in
 * app/features.ts. Its pages load lazily (a chunk each); its words are its own i18next namespace, named by its id.
 */
export interface WebFeature {
  id: string;
  /** Pages anyone may open (a page checks its own roles). */
  routes?: readonly RouteObject[];
  /** Pages only administrators may open: the shell wraps them in a role check. */
  adminRoutes?: readonly RouteObject[];
  nav?: readonly NavEntry[];
  /** English and Chinese strings, used as `useTranslation(id)`. */
  locales?: { en: object; zh: object };
}

/** Keeps the literal id and locale shape of a feature, so translation keys stay typed. */
export const defineFeature = <const F extends WebFeature>(feature: F): F => feature;

/** A lazy route's loader for a page module's named export. */
export const page =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M): RouteObject['lazy'] =>
  () =>
    load().then((m) => ({ Component: m[name] as ComponentType }));
