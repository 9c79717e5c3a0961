import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A write to the aid API: on success every aid query (catalogue, supply, requests, pledges, batches) is refetched. */
export function useAidMutation<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['aid'] }) });
}
