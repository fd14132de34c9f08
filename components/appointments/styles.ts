// Moved to the UI kit (components/ui) and components/doctors/doctor-name.ts; this shim keeps the
// appointments and booking components building until they import from there. Delete it then.
export { buttonClass, type ButtonVariant } from "@/components/ui/button-styles";
export { cardClass } from "@/components/ui/Card";
export { labelClass } from "@/components/ui/Field";
export { inputClass } from "@/components/ui/Input";
export { bareName } from "@/components/doctors/doctor-name";
