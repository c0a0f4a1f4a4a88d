import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import { AccountCard } from '../components/AccountCard';
import { WhatIsDue } from '../components/WhatIsDue';
import styles from './HomePage.module.css';

export function HomePage() {
  useDocumentTitle('Home');
  const account = useAccount();
  return (
    <>
      <PageHeading>Welcome, {account.displayName}</PageHeading>
      <div className={styles.grid}>
        <AccountCard />
        <WhatIsDue />
      </div>
    </>
  );
}
