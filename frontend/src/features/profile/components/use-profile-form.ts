import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { PROFILE_FIELD_LABELS, PROFILE_FIELDS, type ProfileFormValues, validateProfile } from './profile-form';

/** The profile editor's state: every field checked when left, then as the user types. */
export function useProfileForm(initialValues: ProfileFormValues) {
  return useCheckedForm({
    formId: 'profile',
    fields: PROFILE_FIELDS,
    defaultValues: initialValues,
    validate: validateProfile,
    fieldLabels: PROFILE_FIELD_LABELS,
    validateOnBlur: true,
  });
}

export type ProfileFormState = ReturnType<typeof useProfileForm>;
