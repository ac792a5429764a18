// GET /speaker/{token}/commitments.ics - one person's confirmed and invited assignments as an iCalendar file (their personal link)
import { NextResponse, type NextRequest } from "next/server";
import { commitmentsOf, speakerOfToken } from "@/lib/data/speaker-links";
import { commitmentsCalendar } from "@/lib/export/ics";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const speaker = await speakerOfToken(token);
  if (!speaker) return NextResponse.json({ error: { code: "not_found", message: "This link does not exist or no longer works." } }, { status: 404 });
  const commitments = (await commitmentsOf(speaker.id)).filter((a) => a.status !== "DECLINED");
  const text = commitmentsCalendar(
    speaker.name,
    commitments.map((a) => ({
      uid: `assignment-${a.id}@simulconf`,
      sequence: a.version + a.programItem.version,
      summary: `${a.programItem.title} (${a.programItem.event.title})`,
      description: `${a.role.toLowerCase()}, ${a.broadcastLanguage.code}`,
      startsAt: a.programItem.startsAt.toISOString(),
      endsAt: a.programItem.endsAt.toISOString(),
      cancelled: a.programItem.event.status === "CANCELLED",
    })),
  );
  return new Response(text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="my-assignments.ics"',
      "cache-control": "private, no-store",
      "referrer-policy": "same-origin",
    },
  });
}
