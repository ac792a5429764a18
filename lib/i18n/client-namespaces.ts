/**
 * The message namespaces sent to the browser (app/[locale]/layout.tsx gives only these to
 * NextIntlClientProvider, to keep pages light). Every namespace a client component reads must
 * be here, or it shows raw keys ("ForgotPassword.email"): client-namespaces.test.ts checks it.
 */
export const CLIENT_NAMESPACES = [
  "Layout",
  "ViewerTime",
  "SignIn",
  "SignUp",
  "CityForm",
  "ZonePicker",
  "Calendar",
  "Translations",
  "Review",
  "LocalProgram",
  "Invite",
  "Program",
  "Countdown",
  "Live",
  "ProgramEditor",
  "Coverage",
  "Roster",
  "Accounts",
  "Password",
  "ForgotPassword",
  "Door",
  "Results",
  "Fields",
] as const;
