import { useQuery } from '@tanstack/react-query';
import { ExpertListSchema, ExpertQuestionListSchema, ExpertQuestionSchema, ExpertTopicsInputSchema, type ExpertAnswerInput, type ExpertQuestionInput, type QuestionTopic } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';
import { useKnowledgeMutation } from './manage-documents';

// Expert questions (ADR 086): a partner's own questions, an expert's inbox, the published answers; asking,
// answering, publishing and the expert's topics.
export const usePartnerQuestions = (partnerId: string) =>
  useQuery({ queryKey: ['knowledge', 'questions', 'partner', partnerId], queryFn: ({ signal }) => apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/questions`, { schema: ExpertQuestionListSchema, signal }) });
export const useWorkQuestions = () => useQuery({ queryKey: ['knowledge', 'questions', 'work'], queryFn: ({ signal }) => apiRequest('/api/knowledge/questions', { schema: ExpertQuestionListSchema, signal }) });
export const usePublishedQuestions = () => useQuery({ queryKey: ['knowledge', 'questions', 'published'], queryFn: ({ signal }) => apiRequest('/api/knowledge/questions/published', { schema: ExpertQuestionListSchema, signal }) });
export const useExperts = () => useQuery({ queryKey: ['knowledge', 'experts'], queryFn: ({ signal }) => apiRequest('/api/knowledge/experts', { schema: ExpertListSchema, signal }) });
export const useMyTopics = (enabled: boolean) =>
  useQuery({ queryKey: ['knowledge', 'my-topics'], queryFn: ({ signal }) => apiRequest('/api/knowledge/experts/me/topics', { schema: ExpertTopicsInputSchema, signal }), enabled });

export const useAskExperts = () =>
  useKnowledgeMutation(({ partnerId, body }: { partnerId: string; body: ExpertQuestionInput }) =>
    apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/questions`, { method: 'POST', body, schema: ExpertQuestionSchema }),
  );
export const useAnswerQuestion = () =>
  useKnowledgeMutation(({ id, body }: { id: number; body: ExpertAnswerInput }) => apiRequest(`/api/knowledge/questions/${id}/answer`, { method: 'POST', body, schema: ExpertQuestionSchema }));
export const usePublishQuestion = () => useKnowledgeMutation((id: number) => apiRequest(`/api/knowledge/questions/${id}/publish`, { method: 'POST', body: {}, schema: ExpertQuestionSchema }));
export const useSetMyTopics = () =>
  useKnowledgeMutation((topics: QuestionTopic[]) => apiRequest('/api/knowledge/experts/me/topics', { method: 'PUT', body: { topics }, schema: ExpertTopicsInputSchema }));
