import { useForm } from '@/lib/forms/use-form';
import { PROFILE_FIELD_LABELS, PROFILE_FIELDS, type ProfileFormValues, validateProfile } from './profile-form';

/** The profile editor's state: every field checked when left, then as the user types. */
export function useProfileForm(initialValues: ProfileFormValues) {
  return useForm({
    formId: 'profile',
    fields: PROFILE_FIELDS,
    initialValues,
    validate: validateProfile,
    fieldLabels: PROFILE_FIELD_LABELS,
    validateOnBlur: true,
  });
}

export type ProfileFormState = ReturnType<typeof useProfileForm>;
