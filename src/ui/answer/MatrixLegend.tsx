/** The matrix legend: the one unit of the matrix (strength), its shades and how it is counted. */
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
        when more than one path shows it (paths through an inferred link are not counted). A
        cell&rsquo;s number and shade are its strength; Total strength adds up a row; the CSV holds
        the same strengths.
      </p>
    </div>
  );
}
