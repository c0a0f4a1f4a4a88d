import { QrScanner } from '@/components/ui/QrScanner';

/** Reads door tickets with the camera; each ticket is passed on once. */
export function DoorScanner({ onTicket }: { onTicket: (ticketToken: string) => void }) {
  return (
    <QrScanner
      startLabel="Scan tickets with the camera"
      hint="Hold a ticket’s QR code in the frame."
      fallback="check people in by name or ticket code"
      onCode={onTicket}
    />
  );
}
