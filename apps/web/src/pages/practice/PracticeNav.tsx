import { NavLink } from 'react-router';
import './practice.css';

/** The three practice logs, one persona each, linked so a person who is two can switch. */
export function PracticeNav() {
  return (
    <nav aria-label="Practice logs" className="practice-nav">
      <ul>
        <li>
          <NavLink to="/practice/supervised">My supervised sessions</NavLink>
        </li>
        <li>
          <NavLink to="/practice/confirm">Sessions to confirm</NavLink>
        </li>
        <li>
          <NavLink to="/practice/adverse-events">Adverse events</NavLink>
        </li>
      </ul>
    </nav>
  );
}
