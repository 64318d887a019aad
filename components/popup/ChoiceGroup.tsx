import type { ComponentChildren } from 'preact';

/** One option of a {@link ChoiceGroup}. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Props of {@link ChoiceGroup}. */
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** Radio group name; unique within the popup. */
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChoose(value: T): void;
  /** A note under the options, announced with the group. */
  hint?: ComponentChildren;
}

/**
 * A labelled group of radio buttons drawn as a segmented control. The inputs
 * stay real (visually hidden, not removed), so arrow keys move between
 * options and the legend names the group.
 */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChoose, hint }: ChoiceGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="choice-group" aria-describedby={hintId}>
      <legend class="choice-legend">{legend}</legend>
      <div class="segmented">
        {choices.map((choice) => (
          <label class="segment" key={choice.value}>
            <input
              type="radio"
              class="visually-hidden"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChoose(choice.value)}
            />
            <span class="segment-text">{choice.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
