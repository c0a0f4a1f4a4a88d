import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/Avatar';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { errorMessage } from '@/lib/api/error-message';
import { PersonFacts } from '@/entities/profile/PersonFacts';
import type { Introduction, IntroductionPerson } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import { type IntroductionAction, useActOnIntroduction } from '../api/answer-introduction';
import layout from '@/styles/layout.module.css';
import styles from './cards.module.css';
import { statusWords, viewOf } from './introduction-view';

const TONES: Record<Introduction['status'], BadgeTone> = {
  PENDING: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'neutral',
  WITHDRAWN: 'neutral',
  EXPIRED: 'neutral',
};

/** Whom the viewer would meet, with enough to decide: photo, specialty, practice, city, tags and their profile. */
function Person({ person, named }: { person: IntroductionPerson; named: boolean }) {
  return (
    <div className={styles.person}>
      <Avatar name={person.name} photoUrl={person.profile?.photoUrl} />
      <div className={styles.personBody}>
        {named && <p className={styles.personName}>{person.name}</p>}
        {person.profile && <PersonFacts facts={person.profile} />}
        {person.profile && (
          <Link to={`/people/${person.id}`} className={layout.tapTarget}>
            {person.name}’s profile
          </Link>
        )}
      </div>
    </div>
  );
}

/** One introduction with what the viewer can do about it now. */
interface IntroductionCardProps {
  introduction: Introduction;
  myId: string;
  /** The viewer accepted and the two are now connected. */
  onConnected: (connectionId: string, name: string) => void;
  /** The card's heading sits one level below the page's or section's. */
  headingLevel?: 2 | 3;
}

export function IntroductionCard({ introduction, myId, onConnected, headingLevel = 3 }: IntroductionCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const view = viewOf(introduction, myId);
  const act = useActOnIntroduction();
  const [message, setMessage] = useState('');
  const messageId = `answer-${useId().replace(/:/g, '')}`;
  const names = view.others.map((person) => person.name).join(' and ');
  const title = view.others.length === 2 ? `${names} (you proposed)` : names;

  function run(action: IntroductionAction) {
    act.mutate(
      { introductionId: introduction.id, action, message },
      {
        onSuccess: (answered) => {
          if (action === 'accept' && answered.connectionId) onConnected(answered.connectionId, names);
        },
      },
    );
  }
  const busy = (action: IntroductionAction) => act.isPending && act.variables.action === action;

  return (
    <article className={styles.card} aria-label={`Introduction: ${names}`}>
      <div className={styles.head}>
        <Heading className={styles.name}>{title}</Heading>
        <Badge tone={TONES[introduction.status]}>{statusWords(introduction, view)}</Badge>
      </div>
      <p className={styles.meta}>
        {introduction.kind === 'BROKERED' && !view.proposedByMe
          ? `Proposed by ${introduction.proposedBy.name} · `
          : view.proposedByMe
            ? 'You asked · '
            : ''}
        {introduction.eventTitle} · {formatLocalMoment(introduction.createdAt)}
      </p>
      {view.others.map((person) => (
        <Person key={person.id} person={person} named={view.others.length > 1} />
      ))}
      {introduction.reason && <blockquote className={styles.reason}>{introduction.reason}</blockquote>}
      {introduction.answerMessage && (
        <p className={styles.message}>
          <strong>Their message:</strong> {introduction.answerMessage}
        </p>
      )}
      {view.awaitsMyAnswer && (
        <div className={styles.answer}>
          <TextAreaField
            id={messageId}
            label="Message (optional)"
            rows={2}
            maxLength={500}
            value={message}
            onChange={(change) => {
              setMessage(change.target.value);
            }}
          />
          <div className={styles.actions}>
            <Button loading={busy('accept')} onClick={() => {
                run('accept');
              }}>
              {busy('accept') ? 'Accepting…' : 'Accept'}
            </Button>
            <Button variant="secondary" loading={busy('decline')} onClick={() => {
                run('decline');
              }}>
              {busy('decline') ? 'Declining…' : 'Decline'}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        {view.canWithdraw && (
          <Button variant="secondary" loading={busy('withdraw')} onClick={() => {
                run('withdraw');
              }}>
            {busy('withdraw') ? 'Withdrawing…' : 'Withdraw request'}
          </Button>
        )}
        {view.canMarkMet && (
          <Button variant="secondary" loading={busy('met')} onClick={() => {
                run('met');
              }}>
            {busy('met') ? 'Saving…' : 'We met'}
          </Button>
        )}
        {introduction.connectionId && view.others.length === 1 && (
          <Link to={`/connections/${introduction.connectionId}`}>Open the connection</Link>
        )}
      </div>
      {act.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(act.error)}
        </p>
      )}
    </article>
  );
}
