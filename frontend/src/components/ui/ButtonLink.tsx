import { Link, type LinkProps } from 'react-router';
import styles from './Button.module.css';

interface ButtonLinkProps extends LinkProps {
  variant?: 'primary' | 'secondary';
}

/** A link that looks like a button, for actions that lead to another page ("Create event"). */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={[styles.button, styles.link, styles[variant], className ?? ''].join(' ')} />;
}
