/** The profile photo (served by our own route), or the initials on a circle. */
export function Avatar({
  name,
  photoUrl,
  alt,
  size = 64,
}: {
  name: string;
  photoUrl: string | null;
  alt: string;
  size?: number;
}) {
  if (photoUrl) {
    return (
      // A plain <img>: the photo comes from our own route at display size; next/image would add
      // client JS for nothing (see components/doctors/DoctorCard).
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={photoUrl}
        alt={alt}
        width={size}
        height={size}
        decoding="async"
        className="shrink-0 rounded-full border-2 border-white object-cover"
        style={{ width: size, height: size }}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join("");
  return (
    <span
      aria-hidden="true"
      className="grid shrink-0 place-items-center rounded-full border-2 border-white bg-brand-600 text-xl font-bold text-white"
      style={{ width: size, height: size }}
    >
      {initials || "?"}
    </span>
  );
}
