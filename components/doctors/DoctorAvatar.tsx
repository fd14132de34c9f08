/** The two sizes a doctor's picture is shown at: a card in a list, the profile's header. */
const sizes = {
  card: { px: 56, box: "size-14", initial: "text-xl" },
  header: { px: 80, box: "size-20", initial: "text-3xl" },
} as const;

/**
 * A doctor's photo, or the first letter of the name on a circle. Only same-origin photo paths are
 * shown. A plain <img>: next/image is a client component and would add ~6 KB of JS to list pages;
 * photos are same-origin thumbnails already stored at display size.
 */
export function DoctorAvatar({
  name,
  photoUrl,
  size,
}: {
  /** The name without the "Dr." title. */
  name: string;
  photoUrl: string | null;
  size: keyof typeof sizes;
}) {
  const { px, box, initial } = sizes[size];
  if (photoUrl?.startsWith("/")) {
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={photoUrl}
        alt=""
        width={px}
        height={px}
        // Cards sit in long lists, mostly below the fold; the header is the top of its page.
        loading={size === "card" ? "lazy" : undefined}
        decoding={size === "card" ? "async" : undefined}
        className={`${box} shrink-0 rounded-full object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`grid ${box} shrink-0 place-items-center rounded-full bg-brand-100 ${initial} font-bold text-brand-800`}
    >
      {name.charAt(0).toUpperCase()}
    </span>
  );
}
