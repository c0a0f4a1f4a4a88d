import { errorMessage } from '@/lib/api/error-message';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useQuery } from '@tanstack/react-query';
import { connectionQueryOptions } from '@/entities/connection/get-connection';
import { useSetCellConsent } from '@/entities/connection/set-cell-consent';
import { myProfileQueryOptions } from '@/entities/profile/get-my-profile';

interface CellSharePromptProps {
  connectionId: string;
  name: string;
  onDone: () => void;
}

/**
 * Right after an acceptance, asks whether the new connection may see the caller's cell number,
 * unless the profile's default already decided it (only an UNDECIDED consent is asked about) or there is no
 * number to share yet.
 */
export function CellSharePrompt({ connectionId, name, onDone }: CellSharePromptProps) {
  // Read afresh: the answer that made the connection may have just set the consent from the profile's default.
  const consent = useQuery({ ...connectionQueryOptions(connectionId), select: (c) => c.myCellConsent, staleTime: 0 });
  const hasCellNumber = useQuery({ ...myProfileQueryOptions(), select: (p) => Boolean(p.cellNumber), staleTime: 0 });
  const decide = useSetCellConsent(connectionId);
  return (
    <ConfirmDialog
      open={consent.data === 'UNDECIDED' && hasCellNumber.data === true}
      title={`Share your cell number with ${name}?`}
      confirmLabel="Share my cell number"
      pendingLabel="Sharing…"
      cancelLabel="Not now"
      destructive={false}
      pending={decide.isPending}
      error={
        decide.isError
          ? errorMessage(decide.error, 'We could not save your choice. Try again, or decide later on the connection’s page.')
          : undefined
      }
      onConfirm={() => {
        decide.mutate('GRANTED', { onSuccess: onDone });
      }}
      onClose={onDone}
    >
      <p>
        Peers who can reach you directly refer more. If you share it, {name} sees your cell number on your connection
        and in the contact card they download. Until you say yes, they don’t. You can change this at any time on the
        connection’s page.
      </p>
    </ConfirmDialog>
  );
}
