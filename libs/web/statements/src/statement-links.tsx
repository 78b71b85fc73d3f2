import { Link } from 'react-router';
import './statements.css';

/** The footer's links to the statements, on every page. */
export function StatementLinks() {
  return (
    <nav aria-label="About this site" className="statement-links">
      <ul>
        <li>
          <Link to="/accessibility">Accessibility</Link>
        </li>
        <li>
          <Link to="/privacy">Privacy</Link>
        </li>
        <li>
          <Link to="/terms">Terms of use</Link>
        </li>
      </ul>
    </nav>
  );
}
