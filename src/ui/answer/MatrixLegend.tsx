/** The matrix legend: what each shade of strength means and what the number in a cell counts. */
import { HOW_WEIGHT, MAX_STRENGTH } from '../../model/queries';

const LEVELS = Array.from({ length: MAX_STRENGTH + 1 }, (_, i) => i);

export function MatrixLegend() {
  return (
    <div className="matrix-legend">
      <ul aria-label="Strength shades">
        {LEVELS.map((s) => (
          <li key={s}>
            <span className={`matrix-swatch strength-${s}`} aria-hidden="true" />
            {s === 0 ? 'none' : s}
          </li>
        ))}
      </ul>
      <p>
        Strength: {HOW_WEIGHT.direct} for a direct link, {HOW_WEIGHT.action} through one of the
        area’s actions or a project, {HOW_WEIGHT.declaration} through a declaration or forum; +1
        when more than one path shows it. The number in a cell is its count of paths.
      </p>
    </div>
  );
}
