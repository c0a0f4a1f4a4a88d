import { Button } from '@/components/ui/Button';
import { useDownloadVCard } from '../api/download-vcard';

/** "Add to contacts": saves the connection as a .vcf file, which phones open in their contacts app. */
export function VCardButton({ connectionId, fullName }: { connectionId: string; fullName: string }) {
  const download = useDownloadVCard(connectionId, fullName);
  return (
    <div>
      <Button
        variant="secondary"
        loading={download.isPending}
        onClick={() => {
          download.mutate();
        }}
      >
        {download.isPending ? 'Preparing the contact card…' : 'Add to contacts'}
      </Button>
      {download.isError && (
        <p role="alert">We could not download the contact card. Check the connection and try again.</p>
      )}
    </div>
  );
}
