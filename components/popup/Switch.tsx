import type { ComponentChildren } from 'preact';

/** Props of {@link Switch}. */
export interface SwitchProps {
  label: ComponentChildren;
  isOn: boolean;
  onToggle(isOn: boolean): void;
  /** Extra class for layout (e.g. an indented sub-switch). */
  class?: string;
}

/**
 * An on/off control: a real checkbox with `role="switch"`, labelled by its
 * text, so screen readers say "on"/"off" and Space toggles it.
 */
export function Switch({ label, isOn, onToggle, class: className }: SwitchProps) {
  return (
    <label class={className ? `switch ${className}` : 'switch'}>
      <span class="switch-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        class="switch-input"
        checked={isOn}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
    </label>
  );
}
