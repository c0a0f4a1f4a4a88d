import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventMessage, EventMessageRequest } from '@/lib/api/types';

export interface SendEventMessage {
  message: EventMessageRequest;
  /** The same for every attempt at one composed message, so a server that honours it sends a retry once. */
  idempotencyKey: string;
}

export async function sendEventMessage(eventId: string, { message, idempotencyKey }: SendEventMessage): Promise<EventMessage> {
  return bodyOf(
    await api.POST('/api/v1/events/{eventId}/messages', {
      params: { path: { eventId } },
      body: message,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

/** Queues one mail per seated attendee; nothing cached changes, so nothing is invalidated. */
export function useSendEventMessage(eventId: string) {
  return useMutation({ mutationFn: (send: SendEventMessage) => sendEventMessage(eventId, send) });
}
