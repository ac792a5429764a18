-- AlterTable
ALTER TABLE "User" ADD COLUMN     "temporaryPasswordExpiresAt" TIMESTAMPTZ(3);

