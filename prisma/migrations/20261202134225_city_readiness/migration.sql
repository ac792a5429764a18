-- AlterTable
ALTER TABLE "HostCity" ADD COLUMN     "readyAt" TIMESTAMPTZ(3),
ADD COLUMN     "streamCheckedAt" TIMESTAMPTZ(3);

