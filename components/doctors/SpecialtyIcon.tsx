import {
  Activity,
  Baby,
  Bone,
  Brain,
  Droplet,
  Ear,
  Eye,
  FlaskConical,
  HeartPulse,
  Leaf,
  Salad,
  Smile,
  SmilePlus,
  Sparkles,
  Stethoscope,
  Venus,
  Wind,
  type LucideIcon,
} from "lucide-react";
import type { SpecialtyKey } from "@/lib/doctors/specialties";
import { specialties } from "@/lib/doctors/specialties";

const icons: Record<string, LucideIcon> = {
  stethoscope: Stethoscope,
  "heart-pulse": HeartPulse,
  sparkles: Sparkles,
  baby: Baby,
  bone: Bone,
  venus: Venus,
  ear: Ear,
  brain: Brain,
  salad: Salad,
  smile: Smile,
  eye: Eye,
  "smile-plus": SmilePlus,
  wind: Wind,
  droplet: Droplet,
  activity: Activity,
  leaf: Leaf,
  "flask-conical": FlaskConical,
};

/** The catalogue's icon for a specialty (server-rendered SVG, decorative). */
export function SpecialtyIcon({
  specialty,
  className,
}: {
  specialty: SpecialtyKey;
  className?: string;
}) {
  const name = specialties.find((s) => s.key === specialty)?.icon ?? "stethoscope";
  const Icon = icons[name] ?? Stethoscope;
  return <Icon aria-hidden="true" className={className} />;
}
