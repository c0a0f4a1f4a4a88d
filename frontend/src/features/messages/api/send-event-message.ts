import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventMessage, EventMessageRequest } from '@/lib/api/types';

export async function sendEventMessage(eventId: string, message: EventMessageRequest): Promise<EventMessage> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/messages', { params: { path: { eventId } }, body: message }));
}

/** Queues one mail per seated attendee; nothing cached changes, so nothing is invalidated. */
export function useSendEventMessage(eventId: string) {
  return useMutation({ mutationFn: (message: EventMessageRequest) => sendEventMessage(eventId, message) });
}
