import { useQuery } from '@tanstack/react-query';
import { fetchPhoto, photoKeys } from '@/lib/api/photos';
import styles from './Avatar.module.css';

export type AvatarSize = 'small' | 'medium' | 'large';

/** Up to two letters from the name, skipping titles such as "Dr.". */
export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(dr|prof|mr|mrs|ms)\.?$/i.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => word?.charAt(0).toLocaleUpperCase() ?? '')
    .join('')
    .slice(0, 2);
}

/**
 * A person's photo, or their initials while there is none (or it cannot be loaded). The photo's
 * alternative text names the person; initials are hidden from screen readers, since the name is
 * always shown beside them.
 */
export function Avatar({
  name,
  photoUrl,
  size = 'medium',
}: {
  name: string;
  photoUrl?: string | null | undefined;
  size?: AvatarSize;
}) {
  const photoSize = size === 'large' ? 'full' : 'thumb';
  const photo = useQuery({
    queryKey: photoKeys.photo(photoUrl ?? '', photoSize),
    // One object URL per photo version, kept for the page's life: a new upload is a new photoUrl, and
    // a few dozen thumbnails of a few kilobytes are not worth revoking while lists re-render.
    queryFn: async () => URL.createObjectURL(await fetchPhoto(photoUrl ?? '', photoSize)),
    enabled: Boolean(photoUrl),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  const src = photoUrl ? photo.data : undefined;
  if (src) {
    return <img className={`${styles.avatar} ${styles[size]}`} src={src} alt={`Photo of ${name}`} />;
  }
  return (
    <span className={`${styles.avatar} ${styles.initials} ${styles[size]}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
