import { Link } from 'react-router';
import { PRODUCT_NAME } from '@/lib/document-title';
import styles from './Brand.module.css';

export function Brand() {
  return (
    <Link to="/" className={styles.brand}>
      <svg className={styles.mark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="15" fill="currentColor" />
        <path d="M10 16h12M16 10v12" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" />
      </svg>
      {PRODUCT_NAME}
    </Link>
  );
}
