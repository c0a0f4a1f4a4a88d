import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { ApiError } from '@/lib/api/api-error';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useSignup } from '../api/signup';
import styles from './AuthForm.module.css';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, validateSignup } from './validation';

const FIELDS = ['displayName', 'email', 'password'] as const;

function readSignupError(error: ApiError) {
  if (error.status === 409) {
    return { fieldErrors: { email: 'An account with this email already exists. Sign in instead.' } };
  }
  return undefined;
}

export function SignupForm() {
  const signup = useSignup();
  const form = useCheckedForm({
    formId: 'signup',
    fields: FIELDS,
    defaultValues: { displayName: '', email: '', password: '' },
    validate: validateSignup,
    readServerError: readSignupError,
  });

  const submit = form.submit(({ displayName, email, password }) => {
    signup.mutate(
      { displayName: displayName.trim(), email: email.trim(), password },
      { onError: form.showServerError },
    );
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Create your account" className={styles.form}>
      <FormErrorSummary items={form.summary} />
      <TextField
        {...form.field('displayName')}
        label="Full name"
        hint="As colleagues know you, for example Dr. Maya Chen."
        autoComplete="name"
      />
      <TextField {...form.field('email')} label="Email" type="email" autoComplete="email" inputMode="email" />
      <TextField
        {...form.field('password')}
        label="Password"
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A short sentence is easy to remember.`}
        type="password"
        autoComplete="new-password"
      />
      <Button type="submit" fullWidth loading={signup.isPending}>
        {signup.isPending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
