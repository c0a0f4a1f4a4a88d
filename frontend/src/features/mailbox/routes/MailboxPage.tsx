import { useState } from 'react';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import type { ReceivedMail } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useMailbox } from '../api/get-mailbox';
import styles from './MailboxPage.module.css';

/** Links in a mail open in this tab, leaving the sandbox: the mail's links are the journey to try. */
function withTopTarget(html: string): string {
  return `<base target="_top">${html}`;
}

/** Dev only: every mail the embedded SMTP server received, read as its recipient would. */
export function MailboxPage() {
  useDocumentTitle('Mailbox');
  const mailbox = useMailbox();
  const [openId, setOpenId] = useState<string | null>(null);
  const mails = mailbox.data?.items ?? [];
  const open: ReceivedMail | undefined = mails.find((mail) => mail.id === openId) ?? mails[0];
  return (
    <>
      <PageHeading>Mailbox</PageHeading>
      <p>Mails sent since the server started, as the embedded SMTP server received them. Only in development.</p>
      {mailbox.isPending && <Spinner label="Loading the mailbox…" />}
      {mailbox.isError && <p role="alert">The mailbox is not available: mail goes to a configured SMTP server.</p>}
      {mailbox.isSuccess && mails.length === 0 && <p>No mail yet. Request an introduction or register for an event.</p>}
      {open && (
        <div className={styles.layout}>
          <ul className={styles.list} aria-label="Received mails">
            {mails.map((mail) => (
              <li key={mail.id}>
                <button
                  type="button"
                  className={styles.item}
                  aria-current={mail.id === open.id}
                  onClick={() => {
                    setOpenId(mail.id);
                  }}
                >
                  {mail.subject}
                  <span className={styles.meta}>
                    To {mail.to} · {new Date(mail.receivedAt).toLocaleString()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <section aria-label={`Mail: ${open.subject}`}>
            <h2>{open.subject}</h2>
            <p className={styles.meta}>To {open.to}</p>
            {open.html ? (
              <iframe
                title={`Mail: ${open.subject}`}
                className={styles.frame}
                sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                srcDoc={withTopTarget(open.html)}
              />
            ) : (
              <pre>{open.text}</pre>
            )}
          </section>
        </div>
      )}
    </>
  );
}
