import type { Introduction } from '@/lib/api/types';

type Person = Introduction['partyA'];

/** An introduction as one participant sees it: who the others are and what they may do now. */
export interface IntroductionView {
  /** The people the viewer would meet; both parties when the viewer brokered it. */
  others: Person[];
  /** The viewer proposed it (asked to meet, or brokered it). */
  proposedByMe: boolean;
  /** It waits for the viewer's accept or decline. */
  awaitsMyAnswer: boolean;
  canWithdraw: boolean;
  /** Accepted, the viewer is one of the two, and has not yet said they met. */
  canMarkMet: boolean;
  /** When the viewer said they met, if they did. */
  metAt: string | undefined;
}

export function viewOf(introduction: Introduction, myId: string): IntroductionView {
  const { partyA, partyB, proposedBy, status, kind } = introduction;
  const iAmA = partyA.id === myId;
  const iAmB = partyB.id === myId;
  const myAnswer = iAmA ? introduction.partyAAnswer : iAmB ? introduction.partyBAnswer : undefined;
  // In a request, party A is the requester: asking is their answer.
  const answers = iAmB || (iAmA && kind === 'BROKERED');
  const metAt = iAmA ? introduction.metByPartyAAt : iAmB ? introduction.metByPartyBAt : undefined;
  return {
    others: iAmA ? [partyB] : iAmB ? [partyA] : [partyA, partyB],
    proposedByMe: proposedBy.id === myId,
    awaitsMyAnswer: status === 'PENDING' && answers && myAnswer === undefined,
    canWithdraw: status === 'PENDING' && proposedBy.id === myId,
    canMarkMet: status === 'ACCEPTED' && (iAmA || iAmB) && metAt === undefined,
    metAt,
  };
}

const STATUS_WORDS: Record<Introduction['status'], string> = {
  PENDING: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
};

export function statusWords(introduction: Introduction, view: IntroductionView): string {
  if (introduction.status === 'PENDING' && view.awaitsMyAnswer) return 'Waiting for your answer';
  if (introduction.status === 'ACCEPTED' && view.metAt) return 'Accepted · you met';
  return STATUS_WORDS[introduction.status];
}

/** "2 of 5 requests left at this event", in the words the cap card uses. */
export function requestsLeftWords(remaining: number, limit: number): string {
  return `${remaining} of ${limit} ${limit === 1 ? 'request' : 'requests'} left at this event`;
}
