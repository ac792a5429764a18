-- AlterTable
ALTER TABLE "HostCity" ADD COLUMN     "coordinatorsToldAt" TIMESTAMPTZ(3);

