/** NL Design System button (Utrecht CSS); `appearance` picks primary, secondary or subtle. */
import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  appearance = 'secondary-action',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = ['utrecht-button', `utrecht-button--${appearance}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...props} />;
}
