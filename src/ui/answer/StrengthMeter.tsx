/** A small five-step meter of a coverage strength (0…MAX_STRENGTH), with its number in words. */
import { MAX_STRENGTH } from '../../model/queries';

export function StrengthMeter({ strength }: { strength: number }) {
  return (
    <span
      className={`strength strength--${strength}`}
      title={`Strength ${strength} of ${MAX_STRENGTH}`}
    >
      <span aria-hidden="true">
        {'●'.repeat(strength)}
        {'○'.repeat(Math.max(0, MAX_STRENGTH - strength))}
      </span>
      <span className="visually-hidden">
        strength {strength} of {MAX_STRENGTH}
      </span>
    </span>
  );
}
