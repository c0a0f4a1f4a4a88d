import { SelectField } from '@/components/ui/SelectField';
import { TextField } from '@/components/ui/TextField';
import { useSpecialties } from '@/entities/specialty/get-specialties';
import type { DirectoryFilters as Filters } from '../api/keys';
import styles from './DirectoryFilters.module.css';

/** Name search and the filters; each change applies at once (the page debounces the typing). */
export function DirectoryFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const specialties = useSpecialties();
  const topLevel = (specialties.data ?? []).filter((specialty) => !specialty.parentCode);
  return (
    <form
      role="search"
      aria-label="Search the attendees"
      className={styles.filters}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TextField
        id="directory-name"
        label="Name"
        type="search"
        autoComplete="off"
        value={value.q ?? ''}
        onChange={(event) => {
          onChange({ ...value, q: event.target.value });
        }}
      />
      <SelectField
        id="directory-specialty"
        label="Specialty"
        value={value.specialty ?? ''}
        onChange={(event) => {
          onChange({ ...value, specialty: event.target.value });
        }}
      >
        <option value="">Any specialty</option>
        {topLevel.map((specialty) => (
          <option key={specialty.code} value={specialty.code}>
            {specialty.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="directory-city"
        label="City"
        autoComplete="off"
        value={value.city ?? ''}
        onChange={(event) => {
          onChange({ ...value, city: event.target.value });
        }}
      />
      <TextField
        id="directory-wants-referred"
        label="Wants referred"
        hint="One tag, e.g. cataract surgery"
        autoComplete="off"
        value={value.wantsReferred ?? ''}
        onChange={(event) => {
          onChange({ ...value, wantsReferred: event.target.value });
        }}
      />
      <TextField
        id="directory-refers-out"
        label="Refers out"
        hint="One tag"
        autoComplete="off"
        value={value.refersOut ?? ''}
        onChange={(event) => {
          onChange({ ...value, refersOut: event.target.value });
        }}
      />
    </form>
  );
}
