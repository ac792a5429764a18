/**
 * The demo data (docs/contract.md, "Demo data"), from reports of the real events. Facts (dates, cities,
 * languages, people and their roles) come from those reports; times of day they do not
 * give, venues and the program's running order are illustrative. People who are not
 * named in a report are fictional and say so in their affiliation.
 */
export const DEMO_PASSWORD = "demo-password";

export type DemoUser = { email: string; name: string; role: "ADMIN" | "COORDINATOR" | "ORGANIZER"; locale: string };

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN", locale: "en" },
  { email: "coordinator@demo.test", name: "Cyrus Coordinator", role: "COORDINATOR", locale: "en" },
  { email: "paris@demo.test", name: "Parisa (Paris organizer)", role: "ORGANIZER", locale: "fr" },
  { email: "toronto@demo.test", name: "Tom (Toronto organizer)", role: "ORGANIZER", locale: "en" },
];

type DemoCity = {
  name: string;
  countryCode: string;
  timeZone: string;
  status?: "APPROVED" | "PENDING";
  venueName?: string;
  venueAddress?: string;
  /** False: the street address is kept from public pages and mailed to confirmed attendees only. */
  addressPublic?: boolean;
  capacity?: number;
  organizers?: string[];
  languages?: string[];
  /** Attendee registration: open, and whether each registration waits for an organizer's approval. */
  registration?: { open: boolean; approval?: boolean; maxSeatsPerPerson?: number };
  /** Fictional people already registered (the organizer's list is not empty in the demo). */
  attendees?: DemoAttendee[];
};

type DemoAttendee = {
  name: string;
  email: string;
  seats: number;
  status: "UNCONFIRMED" | "AWAITING_APPROVAL" | "CONFIRMED" | "WAITLISTED";
  locale: "en" | "fr" | "fa" | "ar";
};

type DemoItem = {
  key: string;
  title: string;
  kind: "OPENING" | "KEYNOTE" | "TALK" | "PANEL" | "TESTIMONY" | "MESSAGE" | "EXHIBITION" | "RECEPTION" | "BREAK" | "CLOSING" | "OTHER";
  /** Wall clock in the event's anchor zone, or in the city's zone for local items. */
  start: string;
  minutes: number;
  language?: string;
  description?: string;
  city?: string;
  /** [speaker key, broadcast language, role, status] */
  assignments?: Array<[string, string, "SPEAKER" | "MODERATOR" | "INTERPRETER", "INVITED" | "CONFIRMED" | "DECLINED"]>;
};

export type DemoEvent = {
  slug: string;
  title: string;
  summary: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  attendanceMode: "IN_PERSON" | "ONLINE" | "MIXED";
  /** Registration at event level, for those who follow online (the stream links and a reminder). */
  onlineRegistration?: boolean;
  anchorTimeZone: string;
  /** Wall clock in the anchor zone. */
  start: string;
  minutes: number;
  registrationOpen: boolean;
  /** Who holds it, as the reports name them. */
  organizerName?: string;
  languages: string[];
  cities: DemoCity[];
  items: DemoItem[];
};

export type DemoSpeaker = { key: string; name: string; affiliation: string; bio: string; languages: string[]; timeZone?: string; contactEmail?: string };

export const DEMO_SPEAKERS: DemoSpeaker[] = [
  {
    key: "rajavi",
    name: "Maryam Rajavi",
    affiliation: "President-elect, National Council of Resistance of Iran (NCRI)",
    bio: "Launched the campaign for justice for the victims of the 1988 massacre in 2016.",
    languages: ["fa", "en", "fr"],
    timeZone: "Europe/Paris",
  },
  {
    key: "legaret",
    name: "Jean-François Legaret",
    affiliation: "Mayor of the 1st district of Paris",
    bio: "Hosted the August 2018 conference and photo exhibition at the district city hall.",
    languages: ["fr"],
    timeZone: "Europe/Paris",
  },
  {
    key: "robertson",
    name: "Geoffrey Robertson",
    affiliation: "Jurist; first President of the UN Special Court for Sierra Leone",
    bio: "Argued in 2021 that the 1988 massacre can lawfully be classified as genocide.",
    languages: ["en"],
    timeZone: "Europe/London",
  },
  {
    key: "naidoo",
    name: "Kumi Naidoo",
    affiliation: "Secretary General of Amnesty International (2018-2020)",
    bio: "Paid tribute to the witnesses and families of the victims.",
    languages: ["en"],
    timeZone: "Africa/Johannesburg",
  },
  {
    key: "azubalis",
    name: "Audronius Ažubalis",
    affiliation: "Former Minister of Foreign Affairs of Lithuania",
    bio: "Called on the EU to sanction the regime for crimes against humanity.",
    languages: ["lt", "en"],
    timeZone: "Europe/Vilnius",
  },
  {
    key: "david",
    name: "Eric David",
    affiliation: "Professor of International Law, Belgium",
    bio: "Reminded that every jurisdiction can try the perpetrators.",
    languages: ["fr", "en"],
    timeZone: "Europe/Brussels",
  },
  {
    key: "shahinian",
    name: "Gulnara Shahinian",
    affiliation: "UN Special Rapporteur on Contemporary Forms of Slavery (2008-2014)",
    bio: "Spoke on protecting the mass graves of the victims.",
    languages: ["en", "hy"],
    timeZone: "Asia/Yerevan",
  },
  {
    key: "rehman",
    name: "Javaid Rehman",
    affiliation: "UN Special Rapporteur on the situation of human rights in Iran",
    bio: "Described the systemic cover-up of the massacre.",
    languages: ["en", "ur"],
    timeZone: "Europe/London",
  },
  {
    key: "blackman",
    name: "Bob Blackman",
    affiliation: "Member of Parliament, United Kingdom",
    bio: "Called for accountability for the perpetrators of the 1988 massacre.",
    languages: ["en"],
    timeZone: "Europe/London",
  },
  {
    key: "boumedra",
    name: "Tahar Boumedra",
    affiliation: "Director, Justice for the Victims of the 1988 Massacre in Iran (JVMI)",
    bio: "Stressed that the 1988 fatwa has never been rescinded.",
    languages: ["en", "fr", "ar"],
    timeZone: "Europe/London",
  },
  // Fictional people for the demo's program and language desks.
  {
    key: "survivor-a",
    name: "Survivor testimony A (name withheld)",
    affiliation: "Survivor of the 1988 massacre (fictional demo entry)",
    bio: "Former political prisoner; testimony in Persian.",
    languages: ["fa"],
    timeZone: "Europe/Paris",
  },
  {
    key: "survivor-b",
    name: "Survivor testimony B (name withheld)",
    affiliation: "Survivor of the 1988 massacre (fictional demo entry)",
    bio: "Former political prisoner; testimony in Persian.",
    languages: ["fa", "en"],
    timeZone: "America/Toronto",
  },
  {
    key: "assoc-rep",
    name: "Leila Farahani",
    affiliation: "Iranian associations' representative (fictional demo entry)",
    bio: "Speaks for the Iranian community associations of the host cities.",
    languages: ["fa", "fr", "en"],
    timeZone: "Europe/Paris",
    contactEmail: "leila.farahani@example.org",
  },
  {
    key: "moderator-fa",
    name: "Nasrin Tavakoli",
    affiliation: "Moderator (fictional demo entry)",
    bio: "Moderates the Persian broadcast.",
    languages: ["fa", "en"],
    timeZone: "Europe/Berlin",
    contactEmail: "nasrin.tavakoli@example.org",
  },
  {
    key: "moderator-en",
    name: "Daniel Carter",
    affiliation: "Moderator (fictional demo entry)",
    bio: "Moderates the English broadcast.",
    languages: ["en"],
    timeZone: "Europe/London",
    contactEmail: "daniel.carter@example.org",
  },
  {
    key: "interp-fr",
    name: "Camille Moreau",
    affiliation: "Interpreter Persian-French (fictional demo entry)",
    bio: "Conference interpreter.",
    languages: ["fa", "fr"],
    timeZone: "Europe/Paris",
    contactEmail: "camille.moreau@example.org",
  },
  {
    key: "interp-en",
    name: "Sara Jafari",
    affiliation: "Interpreter Persian-English (fictional demo entry)",
    bio: "Conference interpreter.",
    languages: ["fa", "en"],
    timeZone: "America/Toronto",
    contactEmail: "sara.jafari@example.org",
  },
  {
    key: "interp-ar",
    name: "Omar Haddad",
    affiliation: "Interpreter Persian-Arabic (fictional demo entry)",
    bio: "Conference interpreter.",
    languages: ["fa", "ar"],
    timeZone: "Europe/Stockholm",
    contactEmail: "omar.haddad@example.org",
  },
];

const city = (name: string, countryCode: string, timeZone: string, extra: Partial<DemoCity> = {}): DemoCity => ({
  name,
  countryCode,
  timeZone,
  venueName: `${name} community hall (illustrative)`,
  // Community halls keep their address for confirmed attendees (gatherings like these have been targets).
  venueAddress: `1 Community Square, ${name} (illustrative address)`,
  addressPublic: false,
  capacity: 150,
  ...extra,
});

const FOUR = ["fa", "en", "fr", "ar"];

export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: "interactive-conference-2018",
    title: "Simultaneous Interactive Conference: 30th anniversary of the 1988 massacre",
    summary:
      "Iranian communities in 18 cities of Europe and North America meet at the same moment to mark the 30th anniversary of the 1988 massacre of political prisoners in Iran, with survivors, representatives of Iranian associations and Western lawmakers. Broadcast live in Persian, English, French and Arabic.",
    status: "PUBLISHED",
    attendanceMode: "IN_PERSON",
    anchorTimeZone: "Europe/Paris",
    start: "2018-08-25T17:00",
    minutes: 180,
    registrationOpen: false,
    organizerName: "Iranian communities of Europe and North America",
    languages: FOUR,
    cities: [
      city("Paris", "FR", "Europe/Paris", { organizers: ["paris@demo.test"], capacity: 400, languages: ["fa", "fr"] }),
      city("London", "GB", "Europe/London", { languages: ["fa", "en"] }),
      city("Berlin", "DE", "Europe/Berlin"),
      city("Frankfurt", "DE", "Europe/Berlin"),
      city("Stockholm", "SE", "Europe/Stockholm"),
      city("Amsterdam", "NL", "Europe/Amsterdam"),
      city("Rome", "IT", "Europe/Rome"),
      city("Oslo", "NO", "Europe/Oslo"),
      city("Brussels", "BE", "Europe/Brussels", { languages: ["fa", "fr", "en"] }),
      city("Bern", "CH", "Europe/Zurich"),
      city("Ottawa", "CA", "America/Toronto", { languages: ["fa", "en", "fr"] }),
      city("Toronto", "CA", "America/Toronto", { organizers: ["toronto@demo.test"], capacity: 300, languages: ["fa", "en"] }),
      city("Vancouver", "CA", "America/Vancouver", { languages: ["fa", "en"] }),
      city("Bucharest", "RO", "Europe/Bucharest"),
      city("Helsinki", "FI", "Europe/Helsinki"),
      city("Gothenburg", "SE", "Europe/Stockholm"),
      city("Aarhus", "DK", "Europe/Copenhagen"),
      city("Stuttgart", "DE", "Europe/Berlin"),
    ],
    items: [
      {
        key: "opening",
        title: "Opening: 30 years on",
        kind: "OPENING",
        start: "2018-08-25T17:00",
        minutes: 15,
        language: "fa",
        description: "Welcome from the host cities and a minute of silence for the 30,000 victims.",
        assignments: [
          ["moderator-fa", "fa", "MODERATOR", "CONFIRMED"],
          ["moderator-en", "en", "MODERATOR", "CONFIRMED"],
          ["interp-fr", "fr", "INTERPRETER", "CONFIRMED"],
        ],
      },
      {
        key: "testimonies",
        title: "Survivors' testimonies",
        kind: "TESTIMONY",
        start: "2018-08-25T17:15",
        minutes: 45,
        language: "fa",
        description: "Former political prisoners recount the summer of 1988 and the death commissions.",
        assignments: [
          ["survivor-a", "fa", "SPEAKER", "CONFIRMED"],
          ["survivor-b", "fa", "SPEAKER", "CONFIRMED"],
          ["interp-en", "en", "INTERPRETER", "CONFIRMED"],
          ["interp-fr", "fr", "INTERPRETER", "INVITED"],
        ],
      },
      {
        key: "associations",
        title: "Iranian associations: the uprising and the call for justice",
        kind: "PANEL",
        start: "2018-08-25T18:00",
        minutes: 45,
        language: "fa",
        description: "Representatives of Iranian associations on the roots and prospects of the nationwide uprising.",
        assignments: [
          ["assoc-rep", "fa", "SPEAKER", "CONFIRMED"],
          ["interp-en", "en", "INTERPRETER", "INVITED"],
          ["interp-ar", "ar", "INTERPRETER", "DECLINED"],
        ],
      },
      {
        key: "lawmakers",
        title: "Lawmakers and personalities: ending impunity",
        kind: "PANEL",
        start: "2018-08-25T18:45",
        minutes: 55,
        language: "en",
        description: "Western lawmakers and prominent personalities call for an independent UN inquiry.",
        assignments: [
          ["moderator-en", "en", "MODERATOR", "CONFIRMED"],
          ["moderator-fa", "fa", "INTERPRETER", "CONFIRMED"],
        ],
      },
      {
        key: "closing",
        title: "Closing message",
        kind: "CLOSING",
        start: "2018-08-25T19:40",
        minutes: 20,
        language: "fa",
        description: "Message to the host cities of the simultaneous conference.",
        assignments: [
          ["rajavi", "fa", "SPEAKER", "CONFIRMED"],
          ["interp-fr", "fr", "INTERPRETER", "CONFIRMED"],
        ],
      },
      {
        key: "paris-reception",
        title: "Welcome reception at the Paris venue",
        kind: "RECEPTION",
        start: "2018-08-25T16:15",
        minutes: 45,
        language: "fr",
        city: "paris",
        description: "Doors open; the photo exhibition of the victims is on display.",
      },
      {
        key: "toronto-panel",
        title: "Toronto community panel",
        kind: "PANEL",
        start: "2018-08-25T14:15",
        minutes: 60,
        language: "en",
        city: "toronto",
        description: "After the broadcast: local discussion with the Toronto community.",
      },
    ],
  },
  {
    slug: "paris-city-hall-2018",
    title: "Conference at the Paris 1st district city hall: in memory of the victims of 1988",
    summary:
      "A conference at the city hall of the 1st district of Paris commemorating the victims of the 1988 massacre, with a photo exhibition of some of the victims and of the mass graves.",
    status: "PUBLISHED",
    attendanceMode: "IN_PERSON",
    anchorTimeZone: "Europe/Paris",
    start: "2018-08-03T18:00",
    minutes: 120,
    registrationOpen: false,
    languages: ["fr", "fa"],
    cities: [
      {
        name: "Paris",
        countryCode: "FR",
        timeZone: "Europe/Paris",
        organizers: ["paris@demo.test"],
        venueName: "Mairie du 1er arrondissement",
        venueAddress: "4 place du Louvre, 75001 Paris",
        capacity: 120,
      },
    ],
    items: [
      {
        key: "exhibition",
        title: "Photo exhibition: the victims and the mass graves",
        kind: "EXHIBITION",
        start: "2018-08-03T18:00",
        minutes: 30,
        language: "fr",
      },
      {
        key: "mayor",
        title: "Address by the mayor of the 1st district",
        kind: "TALK",
        start: "2018-08-03T18:30",
        minutes: 30,
        language: "fr",
        assignments: [["legaret", "fr", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "message",
        title: "Message from Maryam Rajavi",
        kind: "MESSAGE",
        start: "2018-08-03T19:00",
        minutes: 20,
        language: "fa",
        assignments: [
          ["rajavi", "fa", "SPEAKER", "CONFIRMED"],
          ["interp-fr", "fr", "INTERPRETER", "CONFIRMED"],
        ],
      },
      { key: "discussion", title: "Towards an international investigation", kind: "PANEL", start: "2018-08-03T19:20", minutes: 40, language: "fr" },
    ],
  },
  {
    slug: "witnesses-online-2021",
    title: "Online conference of more than 1,000 witnesses of the 1988 massacre",
    summary:
      "More than 1,000 witnesses of the 1988 massacre, jurists and politicians call on the international community to bring the perpetrators to justice.",
    status: "PUBLISHED",
    attendanceMode: "ONLINE",
    anchorTimeZone: "Europe/Paris",
    start: "2021-08-27T15:00",
    minutes: 180,
    registrationOpen: false,
    languages: ["fa", "en"],
    cities: [],
    items: [
      {
        key: "keynote",
        title: "Keynote",
        kind: "KEYNOTE",
        start: "2021-08-27T15:00",
        minutes: 30,
        language: "fa",
        assignments: [
          ["rajavi", "fa", "SPEAKER", "CONFIRMED"],
          ["interp-en", "en", "INTERPRETER", "CONFIRMED"],
        ],
      },
      {
        key: "genocide",
        title: "Can the 1988 massacre be classified as genocide?",
        kind: "TALK",
        start: "2021-08-27T15:30",
        minutes: 20,
        language: "en",
        assignments: [["robertson", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "tribute",
        title: "Tribute to the witnesses",
        kind: "TALK",
        start: "2021-08-27T15:50",
        minutes: 15,
        language: "en",
        assignments: [["naidoo", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "eu",
        title: "The European Union's silence",
        kind: "TALK",
        start: "2021-08-27T16:05",
        minutes: 15,
        language: "en",
        assignments: [["azubalis", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "jurisdiction",
        title: "Every jurisdiction can try this crime",
        kind: "TALK",
        start: "2021-08-27T16:20",
        minutes: 15,
        language: "en",
        assignments: [["david", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "graves",
        title: "Protecting the mass graves",
        kind: "TALK",
        start: "2021-08-27T16:35",
        minutes: 15,
        language: "en",
        assignments: [["shahinian", "en", "SPEAKER", "CONFIRMED"]],
      },
      { key: "witnesses", title: "Witnesses speak", kind: "TESTIMONY", start: "2021-08-27T16:50", minutes: 70, language: "fa" },
    ],
  },
  {
    slug: "british-parliament-2023",
    title: "Conference in the British Parliament: justice 35 years after the 1988 massacre",
    summary:
      "Members of the House of Commons and the House of Lords, the UN Special Rapporteur on Iran and families of the victims demand an international investigation.",
    status: "PUBLISHED",
    attendanceMode: "IN_PERSON",
    anchorTimeZone: "Europe/London",
    start: "2023-07-18T14:00",
    minutes: 120,
    registrationOpen: false,
    languages: ["en", "fa"],
    cities: [
      {
        name: "London",
        countryCode: "GB",
        timeZone: "Europe/London",
        venueName: "Houses of Parliament, committee room (illustrative)",
        venueAddress: "Westminster, London SW1A 0AA",
        capacity: 100,
      },
    ],
    items: [
      {
        key: "rapporteur",
        title: "The systemic cover-up",
        kind: "KEYNOTE",
        start: "2023-07-18T14:00",
        minutes: 30,
        language: "en",
        assignments: [["rehman", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "mp",
        title: "Accountability for the perpetrators",
        kind: "TALK",
        start: "2023-07-18T14:30",
        minutes: 20,
        language: "en",
        assignments: [["blackman", "en", "SPEAKER", "CONFIRMED"]],
      },
      {
        key: "jvmi",
        title: "An ongoing crime: enforced disappearance",
        kind: "TALK",
        start: "2023-07-18T14:50",
        minutes: 20,
        language: "en",
        assignments: [["boumedra", "en", "SPEAKER", "CONFIRMED"]],
      },
      { key: "families", title: "Families of the victims", kind: "TESTIMONY", start: "2023-07-18T15:10", minutes: 50, language: "fa" },
    ],
  },
  {
    slug: "interactive-conference-2027",
    onlineRegistration: true,
    title: "Simultaneous Interactive Conference 2027",
    summary: "The next simultaneous conference of the Iranian communities of Europe and North America. City registration is open: register your venue.",
    status: "PUBLISHED",
    attendanceMode: "MIXED",
    anchorTimeZone: "Europe/Paris",
    start: "2027-08-28T17:00",
    minutes: 180,
    registrationOpen: true,
    organizerName: "Iranian communities of Europe and North America",
    languages: FOUR,
    cities: [
      city("Paris", "FR", "Europe/Paris", {
        organizers: ["paris@demo.test"],
        capacity: 400,
        languages: ["fa", "fr"],
        registration: { open: true, approval: true, maxSeatsPerPerson: 4 },
        attendees: [
          { name: "Claire Dubois", email: "claire.dubois@example.org", seats: 2, status: "CONFIRMED", locale: "fr" },
          { name: "Hamid Rezaei", email: "hamid.rezaei@example.org", seats: 1, status: "AWAITING_APPROVAL", locale: "fa" },
          { name: "Nadia Benali", email: "nadia.benali@example.org", seats: 2, status: "AWAITING_APPROVAL", locale: "ar" },
          { name: "Sophie Martin", email: "sophie.martin@example.org", seats: 1, status: "UNCONFIRMED", locale: "fr" },
        ],
      }),
      city("London", "GB", "Europe/London", { languages: ["fa", "en"], registration: { open: true } }),
      city("Berlin", "DE", "Europe/Berlin", { registration: { open: true } }),
      city("Stockholm", "SE", "Europe/Stockholm", { registration: { open: true } }),
      city("Toronto", "CA", "America/Toronto", {
        organizers: ["toronto@demo.test"],
        capacity: 300,
        languages: ["fa", "en"],
        registration: { open: true, maxSeatsPerPerson: 6 },
        attendees: [
          { name: "Shirin Rahimi", email: "shirin.rahimi@example.org", seats: 2, status: "CONFIRMED", locale: "fa" },
          { name: "Daniel Moreau", email: "daniel.moreau@example.org", seats: 1, status: "CONFIRMED", locale: "en" },
          { name: "Yasmin Haddad", email: "yasmin.haddad@example.org", seats: 3, status: "CONFIRMED", locale: "ar" },
          { name: "Kaveh Jafari", email: "kaveh.jafari@example.org", seats: 2, status: "CONFIRMED", locale: "fa" },
          { name: "Emily Carter", email: "emily.carter@example.org", seats: 1, status: "UNCONFIRMED", locale: "en" },
        ],
      }),
      city("Brussels", "BE", "Europe/Brussels", { status: "PENDING", organizers: ["paris@demo.test"], languages: ["fa", "fr"] }),
      city("Vancouver", "CA", "America/Vancouver", { status: "PENDING", organizers: ["toronto@demo.test"], languages: ["fa", "en"] }),
    ],
    items: [
      {
        key: "opening",
        title: "Opening",
        kind: "OPENING",
        start: "2027-08-28T17:00",
        minutes: 20,
        language: "fa",
        assignments: [["moderator-fa", "fa", "MODERATOR", "INVITED"]],
      },
      { key: "testimonies", title: "Testimonies", kind: "TESTIMONY", start: "2027-08-28T17:20", minutes: 60, language: "fa" },
      {
        key: "lawmakers",
        title: "Lawmakers' panel",
        kind: "PANEL",
        start: "2027-08-28T18:20",
        minutes: 60,
        language: "en",
        assignments: [["moderator-en", "en", "MODERATOR", "INVITED"]],
      },
      { key: "closing", title: "Closing", kind: "CLOSING", start: "2027-08-28T19:20", minutes: 40, language: "fa" },
    ],
  },
  {
    slug: "planning-2028",
    title: "Simultaneous conference 2028 (planning)",
    summary: "Draft for the 40th anniversary edition; not public yet.",
    status: "DRAFT",
    attendanceMode: "MIXED",
    anchorTimeZone: "Europe/Paris",
    start: "2028-08-26T17:00",
    minutes: 180,
    registrationOpen: false,
    languages: FOUR,
    cities: [],
    items: [],
  },
];
