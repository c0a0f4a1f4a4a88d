import { useSearchParams } from 'react-router';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { IntroductionList } from '../components/IntroductionList';

/** Every introduction the attendee is part of: those proposed to them, and those they asked for or brokered. */
export function IntroductionsPage() {
  useDocumentTitle('Introductions');
  const [searchParams] = useSearchParams();
  const sent = searchParams.get('view') === 'sent';
  return (
    <>
      <PageHeading>Introductions</PageHeading>
      <FilterTabs
        label="Which introductions"
        tabs={[
          { label: 'For you', to: '/introductions', selected: !sent },
          { label: 'You asked for', to: '/introductions?view=sent', selected: sent },
        ]}
      />
      {sent ? (
        <IntroductionList
          key="sent"
          filters={{ direction: 'SENT' }}
          label="Introductions you asked for"
          headingLevel={2}
          empty="You have not asked for an introduction yet. At an event, open “Whom to meet”."
        />
      ) : (
        <IntroductionList
          key="received"
          filters={{ direction: 'RECEIVED' }}
          label="Introductions for you"
          headingLevel={2}
          empty="Nobody has asked to meet you yet."
        />
      )}
    </>
  );
}
