import { defineServerModule } from '../module';
import { usersRoutes } from './users.routes';

export { createUsersService } from './users.service';

// Its table (users) is part of the foundation migration, with the sessions that refer to it.
export const accountsModule = defineServerModule({ name: 'accounts', routes: [usersRoutes] });
