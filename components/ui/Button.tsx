import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonVariant } from "./button-styles";

export { buttonClass, type ButtonVariant };

/** A button in the app's look; `type` defaults to "button" so it never submits by accident. */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
