import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDecideCellConsent, useMyCellConsent } from '../api/cell-consent';
import { useHasCellNumber } from '../api/has-cell-number';

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
  const consent = useMyCellConsent(connectionId);
  const hasCellNumber = useHasCellNumber();
  const decide = useDecideCellConsent(connectionId);
  return (
    <ConfirmDialog
      open={consent.data === 'UNDECIDED' && hasCellNumber.data === true}
      title={`Share your cell number with ${name}?`}
      confirmLabel="Share my cell number"
      pendingLabel="Sharing…"
      cancelLabel="Not now"
      destructive={false}
      pending={decide.isPending}
      error={decide.isError ? 'We could not save your choice. Try again, or decide later on the connection’s page.' : undefined}
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
