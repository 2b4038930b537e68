/**
 * The list of problems above a form, each linked to its field where it has one (GOV.UK and NL Design System
 * pattern). It takes focus after a failed submit, so `ref` goes to the element the form focuses.
 */
import type { Ref } from 'react';
import { Alert } from './alert.tsx';
import { TextLink } from './links.tsx';

export interface SummaryProblem {
  /** `#id` of the field, or null for a problem of the form as a whole. */
  href: string | null;
  message: string;
}

export function ErrorSummary({
  title,
  intro,
  problems,
  ref,
}: {
  title: string;
  intro?: string;
  problems: SummaryProblem[];
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} tabIndex={-1} className="vraagbaak-error-summary">
      <Alert type="error" title={title} level={2}>
        {intro ? <p className="utrecht-paragraph">{intro}</p> : null}
        <ul className="utrecht-unordered-list">
          {problems.map((problem, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {problem.href ? <TextLink href={problem.href}>{problem.message}</TextLink> : problem.message}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
