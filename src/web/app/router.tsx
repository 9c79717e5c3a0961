import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { MODULE_IDS, paths, type ModuleId } from '../config/modules';
import { researchRoutes } from '../features/research/routes/research-routes';
import { AppLayout } from './layout/app-layout';
import { RequireRole } from './require-role';
import { NotFoundPage, RouteErrorPage } from './routes/status-pages';

// Each page is its own chunk: the shell loads first, a module's code only when someone opens it.
const modulePages: Record<ModuleId, RouteObject['lazy']> = {
  situation: () => import('../features/situation/routes/situation-page').then((m) => ({ Component: m.SituationPage })),
  aid: () => import('../features/aid/routes/aid-page').then((m) => ({ Component: m.AidPage })),
  knowledge: () => import('../features/knowledge/routes/knowledge-page').then((m) => ({ Component: m.KnowledgePage })),
  research: () => import('../features/research/routes/research-page').then((m) => ({ Component: m.ResearchPage })),
  consular: () => import('../features/consular/routes/consular-page').then((m) => ({ Component: m.ConsularPage })),
};

function AdminOnly() {
  return (
    <RequireRole roles={['admin']}>
      <Outlet />
    </RequireRole>
  );
}

// Shown for the instant the first page's chunk takes to arrive; the loader's name needs no translation to be read.
function FirstLoad() {
  return (
    <Center h="100vh">
      <Loader size="sm" />
    </Center>
  );
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    hydrateFallbackElement: <FirstLoad />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: () => import('../features/home/routes/home-page').then((m) => ({ Component: m.HomePage })) },
          ...MODULE_IDS.map((id) => ({ path: paths.module(id), lazy: modulePages[id] })),
          { path: '/situation/:iso3', lazy: () => import('../features/situation/routes/country-page').then((m) => ({ Component: m.CountryPage })) },
          ...researchRoutes,
          {
            path: paths.countries,
            lazy: () => import('../features/countries/routes/countries-page').then((m) => ({ Component: m.CountriesPage })),
          },
          { path: paths.login, lazy: () => import('../features/auth/routes/login-page').then((m) => ({ Component: m.LoginPage })) },
          {
            element: <AdminOnly />,
            children: [
              { path: paths.adminUsers, lazy: () => import('./routes/users-route').then((m) => ({ Component: m.UsersRoute })) },
              { path: paths.adminAudit, lazy: () => import('../features/audit/routes/audit-page').then((m) => ({ Component: m.AuditPage })) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
