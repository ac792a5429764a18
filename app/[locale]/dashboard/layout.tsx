// Every page under /dashboard is private: kept out of search engines here, once, for all of
// them (robots.txt also disallows /dashboard). Each page still sets its own title.
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { robots: { index: false } };

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return children;
}
