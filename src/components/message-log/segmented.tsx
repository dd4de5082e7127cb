/**
 * A segmented control: native radios in a fieldset (so arrow keys and screen readers work as
 * for any radio group), drawn as one bar of buttons by `.segmented` (controls.css).
 */
export function Segmented<V extends string>({
  name,
  legend,
  className,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  className: string;
  options: readonly (readonly [V, string])[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className={`segmented segmented--bar ${className}`}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
