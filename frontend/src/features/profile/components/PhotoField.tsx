import { useEffect, useId, useRef, useState } from 'react';
import { Avatar } from '@/components/ui/Avatar';
import { Button } from '@/components/ui/Button';
import { errorMessage } from '@/lib/api/error-message';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, useRemoveMyPhoto, useUploadMyPhoto } from '../api/profile-photo';
import styles from './PhotoField.module.css';

function problemWith(file: File): string | undefined {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'Choose a JPEG, PNG or WebP image.';
  if (file.size > PHOTO_MAX_BYTES) return 'Choose a photo of at most 5 MB.';
  return undefined;
}

/**
 * The profile photo: shown (or initials), replaced at once when a file is chosen, removable. A preview of the
 * chosen file shows while it uploads; Rounds keeps a re-encoded copy without the file's location data.
 */
export function PhotoField({ name, photoUrl }: { name: string; photoUrl?: string | undefined }) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadMyPhoto();
  const remove = useRemoveMyPhoto();
  const [chosenError, setChosenError] = useState<string>();
  const [preview, setPreview] = useState<string>();

  useEffect(() => {
    return () => {
      if (preview) URL.revokeObjectURL(preview);
    };
  }, [preview]);

  const failure =
    chosenError ??
    (upload.isError ? errorMessage(upload.error) : remove.isError ? errorMessage(remove.error) : undefined);

  function choose(file: File | undefined) {
    if (!file) return;
    const problem = problemWith(file);
    setChosenError(problem);
    if (problem) return;
    setPreview(URL.createObjectURL(file));
    remove.reset();
    upload.mutate(file, {
      onSettled: () => {
        setPreview(undefined);
        if (input.current) input.current.value = '';
      },
    });
  }

  return (
    <section className={styles.photo} aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className={styles.heading}>
        Photo
      </h2>
      <div className={styles.row}>
        {preview ? (
          <img className={styles.preview} src={preview} alt="Preview of the chosen photo" />
        ) : (
          <Avatar name={name} photoUrl={photoUrl} size="large" />
        )}
        <div className={styles.controls}>
          <label htmlFor={inputId} className={styles.choose}>
            {photoUrl ? 'Replace photo' : 'Add a photo'}
          </label>
          <input
            ref={input}
            id={inputId}
            className={styles.file}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            aria-describedby={failure ? `${hintId} ${errorId}` : hintId}
            aria-invalid={failure ? true : undefined}
            onChange={(event) => {
              choose(event.target.files?.[0]);
            }}
          />
          <p id={hintId} className={styles.hint}>
            JPEG, PNG or WebP, at most 5 MB. Colleagues who can see your profile see it; location data is removed.
          </p>
          {upload.isPending && <p role="status">Uploading your photo…</p>}
          {failure && (
            <p id={errorId} role="alert" className={styles.error}>
              {failure}
            </p>
          )}
          {photoUrl && !upload.isPending && (
            <Button
              variant="secondary"
              size="small"
              loading={remove.isPending}
              onClick={() => {
                setChosenError(undefined);
                upload.reset();
                remove.mutate();
              }}
            >
              Remove photo
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
