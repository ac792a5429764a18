-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "showUnconfirmedPeople" BOOLEAN NOT NULL DEFAULT false;

