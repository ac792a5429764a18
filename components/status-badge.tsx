type Tone = "neutral" | "good" | "warn" | "bad";

const TONES: Record<string, Tone> = {
  published: "good",
  approved: "good",
  draft: "neutral",
  pending: "warn",
  cancelled: "bad",
  rejected: "bad",
  withdrawn: "neutral",
  // Attendee registrations
  confirmed: "good",
  awaiting_approval: "warn",
  waitlisted: "warn",
  declined: "bad",
  unconfirmed: "neutral",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge badge--${TONES[status] ?? "neutral"}`}>{label}</span>;
}
