import { useMe } from '../../features/auth/api/get-me';
import { usePartners } from '../../features/countries/api/get-partners';
import { UsersPage } from '../../features/users/routes/users-page';

// Features do not import each other: the app hands the users page the partners and the signed-in user it needs.
export function UsersRoute() {
  const partners = usePartners();
  const me = useMe();
  return <UsersPage partners={partners.data?.partners ?? []} currentUserId={me.data?.user?.id} />;
}
