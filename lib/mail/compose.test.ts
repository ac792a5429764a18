import { describe, expect, it } from "vitest";
import { attendeeOutcomeMail, cityDecisionMail, mailLocale } from "./compose";

const base = {
  recipientName: "Nasrin",
  eventTitle: "Simultaneous Interactive Conference 2027",
  cityName: "Vancouver",
  cityTimeZone: "America/Vancouver",
  startsAt: "2027-08-28T15:00:00Z",
  anchorTimeZone: "Europe/Paris",
  link: "https://conf.example/dashboard/events/x/cities/vancouver",
};

describe("cityDecisionMail", () => {
  it("gives the start in the city's own zone and in the anchor zone, and lists what is missing", () => {
    const mail = cityDecisionMail({ ...base, locale: "en", decision: "approved", gaps: ["capacity", "languages"] });
    expect(mail.subject).toBe("Vancouver is approved for Simultaneous Interactive Conference 2027");
    expect(mail.text).toContain("Saturday 28 August 2027, 08:00 PDT (America/Vancouver), the same instant as 17:00 CEST in Europe/Paris.");
    expect(mail.text).toContain("- the number of seats\n- the broadcast languages your hall will show");
    expect(mail.html).toContain("<li>the number of seats</li>");
    expect(mail.text.endsWith("\n")).toBe(true);
  });

  it("says the city's own date when it differs from the anchor's (Auckland is already on Sunday)", () => {
    const mail = cityDecisionMail({ ...base, cityName: "Auckland", cityTimeZone: "Pacific/Auckland", locale: "en", decision: "approved", gaps: [] });
    expect(mail.text).toContain("Sunday 29 August 2027");
    expect(mail.text).toContain("03:00 NZST (Pacific/Auckland)");
    expect(mail.text).toContain("Your city's details are complete.");
  });

  it("writes Persian right to left with Persian digits, and Arabic right to left", () => {
    const fa = cityDecisionMail({ ...base, locale: "fa", decision: "approved", gaps: [] });
    expect(fa.html).toContain('<html lang="fa" dir="rtl">');
    expect(fa.text).toContain("۰۸:۰۰");
    expect(fa.text).not.toMatch(/\b08:00\b/);
    const ar = cityDecisionMail({ ...base, locale: "ar", decision: "rejected", reason: "Hall too small" });
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.text).toContain("Hall too small");
  });

  it("escapes what people typed in the HTML part, keeps it as written in the text part", () => {
    const mail = cityDecisionMail({ ...base, locale: "en", decision: "rejected", reason: "<b>No</b> & sorry" });
    expect(mail.html).toContain("&lt;b&gt;No&lt;/b&gt; &amp; sorry");
    expect(mail.html).not.toContain("<b>No</b>");
    expect(mail.text).toContain("<b>No</b> & sorry");
  });

  it("falls back to English for a language it is not written in", () => {
    expect(mailLocale("de")).toBe("en");
    expect(mailLocale(null)).toBe("en");
    expect(mailLocale("ar")).toBe("ar");
  });
});

describe("attendeeOutcomeMail", () => {
  const attendee = {
    recipientName: "Omar",
    eventTitle: "Simultaneous Interactive Conference 2027",
    cityName: "Vancouver",
    cityTimeZone: "America/Vancouver",
    startsAt: "2027-08-28T15:00:00Z",
    endsAt: "2027-08-28T18:00:00Z",
    seats: 2,
    link: "https://conf.example/registration/token",
    venue: { name: "Community hall", address: "1 Main St", private: true },
    code: "TW7RKD",
    qrCid: "door-code",
  };

  it("a confirmed seat: the time in the city's zone, the private address with its warning, the code and the QR image", () => {
    const mail = attendeeOutcomeMail({ ...attendee, locale: "en", outcome: "confirmed" });
    expect(mail.subject).toBe("You are registered: Simultaneous Interactive Conference 2027 in Vancouver");
    expect(mail.text).toContain("When: Saturday 28 August 2027, 08:00–11:00 PDT (America/Vancouver)");
    expect(mail.text).toContain("Address: 1 Main St\n\nPlease keep the address to yourself");
    expect(mail.text).toContain("say your code: TW7RKD");
    expect(mail.html).toContain('<img src="cid:door-code" alt="QR code for the door: TW7RKD"');
  });

  it("counts seats as each language does (Arabic's dual) and never gives the address to the waiting list", () => {
    const waiting = attendeeOutcomeMail({ ...attendee, locale: "ar", outcome: "waitlisted" });
    expect(waiting.text).toContain("(مقعدان)");
    expect(waiting.text).not.toContain("1 Main St");
    expect(waiting.text).not.toContain("TW7RKD");
    expect(waiting.html).toContain('dir="rtl"');
  });
});
