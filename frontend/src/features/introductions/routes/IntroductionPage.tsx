import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import { useIntroduction } from '../api/get-introduction';
import { CellSharePrompt } from '../components/CellSharePrompt';
import { IntroductionCard } from '../components/IntroductionCard';
import layout from '@/styles/layout.module.css';

/** One introduction, where a notification about it leads: what it is and what the viewer can do now. */
export function IntroductionPage() {
  useDocumentTitle('Introduction');
  const { introductionId = '' } = useParams();
  const account = useAccount();
  const introduction = useIntroduction(introductionId);
  const [connected, setConnected] = useState<{ connectionId: string; name: string } | undefined>();

  return (
    <>
      <p>
        <Link to="/introductions" className={layout.tapTarget}>
          <span aria-hidden="true">← </span>All introductions
        </Link>
      </p>
      <PageHeading>Introduction</PageHeading>
      <QueryBoundary
        query={introduction}
        loading="Loading the introduction…"
        errorTitle="We could not load this introduction"
        missing={
          <EmptyState title="Introduction not found" headingLevel={2}>
            <p>It is not one of yours, or the link is mistyped.</p>
          </EmptyState>
        }
      >
        {(found) => (
          <IntroductionCard
            introduction={found}
            myId={account.id}
            headingLevel={2}
            onConnected={(connectionId, name) => {
              setConnected({ connectionId, name });
            }}
          />
        )}
      </QueryBoundary>
      {connected && (
        <CellSharePrompt
          connectionId={connected.connectionId}
          name={connected.name}
          onDone={() => {
            setConnected(undefined);
          }}
        />
      )}
    </>
  );
}
