"use server";
// An attendee asks to register (no account). Works without JavaScript: the form posts, and the
// page is shown again saying "check your e-mail" or what went wrong. Never a redirect to a cached
// public page (rendered inside this request, it would be stored with this page's nonce).
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { isApiError } from "@/lib/auth/guards";
import { given } from "@/lib/data/input";
import { askToRegister } from "@/lib/data/registrations";
import { checkInput, formDataArg, refArg } from "@/lib/forms";
import { clientAddress } from "@/lib/http/edge";
import { mailLocale } from "@/lib/mail/compose";

/** `citySlug` "": an online event's registration (no venue). */
export async function registerAction(slug: string, citySlug: string, lang: string, formData: FormData): Promise<void> {
  if (checkInput(z.tuple([refArg, z.string().max(200), refArg, formDataArg]), [slug, citySlug, lang, formData])) notFound();
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  const locale = mailLocale(lang);
  const query = new URLSearchParams({ lang: locale });
  try {
    const fields = { name: text("name"), email: text("email"), seats: text("seats") || "1", website: text("website"), locale };
    await askToRegister(slug, citySlug || null, given(citySlug ? fields : { ...fields, ...(text("timeZone") ? { timeZone: text("timeZone") } : {}) }), {
      clientAddress: clientAddress(await headers()),
    });
    query.set("sent", "1");
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.code === "not_found") notFound();
    query.set("problem", error.issues?.some((issue) => issue.path === "seats") ? "seats" : error.code);
  }
  redirect(`/register/${encodeURIComponent(slug)}${citySlug ? `/${encodeURIComponent(citySlug)}` : ""}?${query}`);
}
