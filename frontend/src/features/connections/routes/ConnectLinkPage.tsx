import { useEffect, useRef } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { errorMessage } from '@/lib/api/error-message';
import { useDocumentTitle } from '@/lib/document-title';
import { useScanConnectCode } from '../api/scan-connect-code';

/** Where a connect QR code read by a phone's own camera leads (after signing in): the scan, then the connection. */
export function ConnectLinkPage() {
  useDocumentTitle('Connecting');
  const { code = '' } = useParams();
  const scan = useScanConnectCode();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    scan.mutate(code);
  }, [code, scan]);

  if (scan.isSuccess) return <Navigate to={`/connections/${scan.data.id}`} replace />;
  return (
    <>
      <PageHeading>Connecting</PageHeading>
      {scan.isError ? (
        <ErrorState title="We could not connect you" actions={<Link to="/connections">Your connections</Link>}>
          <p>{errorMessage(scan.error, 'This is a problem reaching Rounds; please try again in a moment.')}</p>
        </ErrorState>
      ) : (
        <Spinner label="Connecting…" />
      )}
    </>
  );
}
