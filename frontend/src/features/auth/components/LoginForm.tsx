import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { ApiError } from '@/lib/api/api-error';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useLogin } from '../api/login';
import styles from './AuthForm.module.css';
import { validateLogin } from './validation';

const FIELDS = ['email', 'password'] as const;

function readLoginError(error: ApiError) {
  if (error.status === 401) return { formError: 'Email or password is incorrect.' };
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    const when = wait ? `in ${formatWait(wait)}` : 'in a little while';
    return { formError: `Too many sign-in attempts. Please try again ${when}.` };
  }
  return undefined;
}

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function LoginForm() {
  const login = useLogin();
  const form = useCheckedForm({
    formId: 'login',
    fields: FIELDS,
    defaultValues: { email: '', password: '' },
    validate: validateLogin,
    readServerError: readLoginError,
  });

  const submit = form.submit(({ email, password }) => {
    login.mutate({ email: email.trim(), password }, { onError: form.showServerError });
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Sign in" className={styles.form}>
      <FormErrorSummary items={form.summary} />
      <TextField {...form.field('email')} label="Email" type="email" autoComplete="username" inputMode="email" />
      <TextField {...form.field('password')} label="Password" type="password" autoComplete="current-password" />
      <Button type="submit" fullWidth loading={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
