import { Card } from '@/components/ui/Card';
import styles from './WhatRoundsDoes.module.css';

const HABITS = [
  {
    title: 'Show up',
    text: 'Find networking evenings in your city, add them to your calendar and get a reminder before you go.',
  },
  {
    title: 'Meet the right people',
    text: 'A few deliberate introductions, each with a reason, instead of a stack of business cards.',
  },
  {
    title: 'Say what you want referred',
    text: 'Tell peers the cases you love, the ones you do not take and what you refer out.',
  },
  {
    title: 'Share your number by consent',
    text: 'Your cell number goes only to connections you accept, and only if you allow it.',
  },
  {
    title: 'Follow up within a week',
    text: 'Every new connection gets a short follow-up plan, due within seven days of the event.',
  },
];

export function WhatRoundsDoes() {
  return (
    <Card aria-labelledby="what-rounds-does">
      <h2 id="what-rounds-does">What Rounds will help you do</h2>
      <p className={styles.lead}>
        Referrals come from relationships. Rounds is built around the habits of physicians who network well.
      </p>
      <ul className={styles.list}>
        {HABITS.map(({ title, text }) => (
          <li key={title}>
            <strong>{title}.</strong> {text}
          </li>
        ))}
      </ul>
      <p className={styles.note}>
        Notes and referral records in Rounds are about colleagues, never patients: please keep patient information out.
      </p>
    </Card>
  );
}
