/**
 * Collects every problem of one row instead of stopping at the first, so an analyst fixes a row in one pass.
 * Each field rule runs inside {@link RowCheck.field}; a rule that fails is recorded and the others still run.
 */
import { RowProblem } from './row-fields.js';

/** All problems of a rejected row, in the order the rules ran. */
export class RowProblems extends Error {
  readonly problems: readonly RowProblem[];
  constructor(problems: readonly RowProblem[]) {
    super(problems.map((p) => p.reason).join('; '));
    this.name = 'RowProblems';
    this.problems = problems;
  }
}

type Checked<T> = { [K in keyof T]: Exclude<T[K], undefined> };

export class RowCheck {
  private readonly problems: RowProblem[] = [];

  /** Runs one rule; a {@link RowProblem} is recorded and `undefined` returned (other errors propagate). */
  field<T>(rule: () => T): T | undefined {
    try {
      return rule();
    } catch (err) {
      if (!(err instanceof RowProblem)) throw err;
      this.problems.push(err);
      return undefined;
    }
  }

  /** Records a problem found by a rule that spans fields. */
  fail(problem: RowProblem): void {
    this.problems.push(problem);
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /**
   * Ends the row: the values, all present, when every rule passed.
   * @throws RowProblems with every recorded problem
   */
  done<T extends Record<string, unknown>>(values: T): Checked<T> {
    if (this.problems.length > 0) throw new RowProblems(this.problems);
    return values as Checked<T>;
  }
}
