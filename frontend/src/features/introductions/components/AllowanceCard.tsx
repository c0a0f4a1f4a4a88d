import { Notice } from '@/components/ui/Notice';
import { Spinner } from '@/components/ui/Spinner';
import type { IntroductionAllowance } from '@/lib/api/types';
import { requestsLeftWords } from './introduction-view';

/** The cap on open requests, with why it exists: depth over count. */
export function AllowanceCard({
  allowance,
  pending,
  failed,
}: {
  allowance: IntroductionAllowance | undefined;
  pending: boolean;
  failed: boolean;
}) {
  if (pending) return <Spinner label="Counting your requests…" />;
  if (failed || !allowance) {
    return <Notice tone="warning" title="We could not count your requests left at this event" />;
  }
  return (
    <Notice tone={allowance.remaining > 0 ? 'info' : 'warning'} title={requestsLeftWords(allowance.remaining, allowance.openRequestLimit)}>
      <p>
        Depth over count: a few deliberate introductions build more referral relationships than a stack of cards, so
        each attendee has only {allowance.openRequestLimit} unanswered requests at a time. A request stops counting once
        it is answered or withdrawn.
      </p>
    </Notice>
  );
}
