import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { features } from './features';
import { AppLayout } from './layout/app-layout';
import { RequireRole } from './require-role';
import { NotFoundPage, RouteErrorPage } from './routes/status-pages';

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

// Each page is its own chunk (features declare lazy routes): the shell loads first, a module's code only when someone opens it.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    hydrateFallbackElement: <FirstLoad />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...features.flatMap((feature): RouteObject[] => ('routes' in feature ? [...feature.routes] : [])),
          { element: <AdminOnly />, children: features.flatMap((feature): RouteObject[] => ('adminRoutes' in feature ? [...feature.adminRoutes] : [])) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
