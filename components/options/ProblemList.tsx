import type { PackProblem } from '../../lib/pack/problems';

/** A problem's message without its path, in the reader's language (lib/pack's describeProblem, passed in: it is not for components to load). */
export type DescribeProblem = (problem: PackProblem) => string;

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly PackProblem[];
  describe: DescribeProblem;
}

/** Pack problems as `path: message` lines. */
export function ProblemList({ problems, describe }: ProblemListProps) {
  return (
    <ul class="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <code class="problem-path">{problem.path}</code>: {describe(problem)}
        </li>
      ))}
    </ul>
  );
}
