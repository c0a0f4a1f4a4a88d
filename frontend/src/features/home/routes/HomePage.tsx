import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import { AccountCard } from '../components/AccountCard';
import { WhatRoundsDoes } from '../components/WhatRoundsDoes';
import styles from './HomePage.module.css';

export function HomePage() {
  useDocumentTitle('Home');
  const account = useAccount();
  return (
    <>
      <PageHeading>Welcome, {account.displayName}</PageHeading>
      <div className={styles.grid}>
        <AccountCard />
        <WhatRoundsDoes />
      </div>
    </>
  );
}
