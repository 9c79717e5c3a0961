import { useMe } from '../../../lib/queries/get-me';
import { usePartners } from '../../../lib/queries/get-partners';
import { UsersPage } from './users-page';

// Features do not import each other: the app hands the users page the partners and the signed-in user it needs.
export function UsersRoute() {
  const partners = usePartners();
  const me = useMe();
  return <UsersPage partners={partners.data?.partners ?? []} currentUserId={me.data?.user?.id} />;
}
