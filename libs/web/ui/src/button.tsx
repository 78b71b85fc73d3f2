import type { ComponentProps } from 'react';
import { Link } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';
export type ButtonSize = 'normal' | 'small';

interface ButtonLook {
  /** How much the action stands out: one primary action per form or section. */
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** The class names for a look (the stylesheet's `.button-*` rules). */
export function buttonClassName({ variant = 'secondary', size = 'normal' }: ButtonLook, extra?: string) {
  return ['button', `button-${variant}`, size === 'small' ? 'button-small' : null, extra].filter(Boolean).join(' ');
}

export type ButtonProps = ButtonLook & ComponentProps<'button'>;

/**
 * A button. `type` defaults to "button" so a button inside a form submits only
 * when it says so (`type="submit"`).
 */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size }, className)} {...props} />;
}

export type ButtonLinkProps = ButtonLook & ComponentProps<typeof Link>;

/** A link that looks like a button: for actions that go to another page ("New event"). */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClassName({ variant, size }, className)} {...props} />;
}
