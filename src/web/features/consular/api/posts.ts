import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PostListSchema, PostSchema, type PostInput } from '../../../../shared/schemas/consular';
import { apiRequest } from '../../../lib/api-client';

const KEY = ['consular', 'posts'] as const;
export const usePosts = () => useQuery({ queryKey: KEY, queryFn: ({ signal }) => apiRequest('/api/consular/posts', { schema: PostListSchema, signal }) });
export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PostInput }) => apiRequest(`/api/consular/posts/${encodeURIComponent(id)}`, { method: 'PUT', body, schema: PostSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
