import { IdParamsSchema } from '../../../shared/schemas/common';
import { CreateUserSchema, UpdateUserSchema, UserListSchema, UserSchema } from '../../../shared/schemas/users';
import type { RoutesPlugin } from '../../http/types';

export const usersRoutes: RoutesPlugin = (app, { users }) => {
  app.get('/api/users', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags: ['accounts'], summary: 'List accounts', response: { 200: UserListSchema } },
    handler: async () => ({ users: await users.list() }),
  });

  app.post('/api/users', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags: ['accounts'], summary: 'Create an account', body: CreateUserSchema, response: { 201: UserSchema } },
    handler: async (request, reply) => reply.status(201).send(await users.create(request.actor, request.body)),
  });

  app.patch('/api/users/:id', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags: ['accounts'], summary: 'Rename, disable or reset the password of an account', params: IdParamsSchema, body: UpdateUserSchema, response: { 200: UserSchema } },
    handler: async (request) => users.update(request.actor, request.params.id, request.body),
  });
};
