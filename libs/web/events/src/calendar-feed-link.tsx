/** "Subscribe to calendar": the network's public iCalendar feed. */
export function CalendarFeedLink({ path }: { path: string | undefined }) {
  if (!path) return null;
  return (
    <p className="calendar-feed small">
      <a href={path}>Subscribe to calendar</a> <span className="muted">(public events, for Outlook, Google or Apple Calendar)</span>
    </p>
  );
}
