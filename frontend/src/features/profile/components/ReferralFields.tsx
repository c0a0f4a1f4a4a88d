import { TagInput } from '@/components/ui/TagInput';
import type { Specialty } from '@/lib/api/types';
import styles from './ProfileForm.module.css';
import { PROFILE_FIELD_LABELS, TAG_FIELDS, type TagField } from './profile-form';
import { normaliseTag, PROFILE_LIMITS, tagProblem } from './profile-rules';
import type { ProfileFormState } from './use-profile-form';

const HINTS: Record<TagField, string> = {
  wantsReferred: 'Procedures and case types you love to be sent, e.g. cataract surgery.',
  doesNotTake: 'Cases colleagues should send elsewhere.',
  refersOut: 'What you send to others: it is how colleagues find you worth meeting.',
};

/** The specialty's and subspecialty's common procedures, offered as tags. */
function suggestedTags(specialties: Specialty[] | undefined, codes: string[]): string[] {
  const chosen = (specialties ?? []).filter((specialty) => codes.includes(specialty.code));
  return [...new Set(chosen.flatMap((specialty) => specialty.suggestedTags))];
}

/** What the physician wants referred, does not take and refers out: the heart of a useful profile. */
export function ReferralFields({
  form,
  specialties,
}: {
  form: ProfileFormState;
  specialties: Specialty[] | undefined;
}) {
  const suggestions = suggestedTags(specialties, [form.values.subspecialtyCode, form.values.specialtyCode]);
  return (
    <fieldset className={styles.section}>
      <legend>Referrals</legend>
      <p className={styles.lead}>
        Up to {PROFILE_LIMITS.tagsPerList} short tags each. Type one and press Enter, or pick a suggestion.
      </p>
      {TAG_FIELDS.map((field) => (
        <TagInput
          key={field}
          id={form.fieldId(field)}
          label={PROFILE_FIELD_LABELS[field] ?? field}
          hint={HINTS[field]}
          error={form.errorOf(field)}
          tags={form.values[field]}
          suggestions={suggestions}
          normalise={normaliseTag}
          check={tagProblem}
          onChange={(tags) => {
            form.choose(field, tags);
          }}
        />
      ))}
    </fieldset>
  );
}
