import type { ComponentProps } from 'react';
import { TextField } from './TextField';

/** A code copied by eye from another screen (a ticket, a connect code): no autofill, capitals or spelling fixes. */
export function CodeField(props: ComponentProps<typeof TextField>) {
  return <TextField autoComplete="off" autoCapitalize="off" spellCheck={false} {...props} />;
}
