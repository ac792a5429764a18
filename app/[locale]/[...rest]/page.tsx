import { notFound } from "next/navigation";

// Any path no route matches renders app/[locale]/not-found.tsx inside the layout.
export default function CatchAll() {
  notFound();
}
